package dev.retort.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;

/**
 * InvalidIndexes removes what an interrupted {@code CREATE INDEX CONCURRENTLY} leaves behind: an index marked
 * invalid, which would make the rerun's {@code CREATE INDEX ... IF NOT EXISTS} skip it or a plain create fail.
 * Only indexes the failed migration itself creates are dropped.
 */
final class InvalidIndexes {

    private static final Pattern CREATE_CONCURRENTLY = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)");

    private InvalidIndexes() {
    }

    static void dropLeftBy(Connection c, MigrationScript script, PrintStream out) throws SQLException {
        List<String> names = new ArrayList<>();
        try {
            for (SqlScript.Statement s : SqlScript.parse(Files.readString(script.upgrade())).statements()) {
                Matcher m = CREATE_CONCURRENTLY.matcher(s.sql());
                if (m.find()) {
                    String n = m.group(1);
                    names.add(n.startsWith("\"") ? n.substring(1, n.length() - 1).replace("\"\"", "\"")
                            : n.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.isEmpty()) {
            return;
        }
        List<String> drops = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n.nspname, x.relname FROM pg_index i"
                + " JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace n ON n.oid = x.relnamespace"
                + " WHERE NOT i.indisvalid AND x.relname = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add(SqlNames.name(QualifiedName.of(rs.getString(1), rs.getString(2))));
                }
            }
        }
        for (String index : drops) {
            out.println("dropping invalid index " + index + " left by the interrupted run");
            c.createStatement().execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
        }
    }
}
