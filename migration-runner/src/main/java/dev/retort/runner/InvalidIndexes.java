package dev.retort.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.retort.diff.render.SqlNames;
import dev.retort.runner.sql.ConcurrentIndexBuild;
import dev.retort.schema.model.QualifiedName;

/**
 * InvalidIndexes removes what an interrupted {@code CREATE INDEX CONCURRENTLY} leaves behind: an index marked
 * invalid, which would make the rerun's {@code CREATE INDEX ... IF NOT EXISTS} skip it or a plain create fail.
 * Only indexes the script itself builds concurrently (named by its statements, read as tokens) are dropped.
 *
 * <pre>{@code
 * InvalidIndexes.dropLeftBy(c, script.upgrade(), out);   // before rerunning an interrupted upgrade
 * }</pre>
 */
final class InvalidIndexes {

    private InvalidIndexes() {
    }

    static void dropLeftBy(Connection c, MigrationScript script, PrintStream out) throws SQLException {
        dropLeftBy(c, script.upgrade(), out);
    }

    /** Drops the invalid indexes that {@code file}'s concurrent builds name. */
    static void dropLeftBy(Connection c, Path file, PrintStream out) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (SqlScript.Statement s : SqlScript.parse(Files.readString(file)).statements()) {
                ConcurrentIndexBuild.indexName(s.sql()).ifPresent(names::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
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
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
            }
        }
    }
}
