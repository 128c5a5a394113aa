package dev.retort.diff.acceptance;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Pagila is the public sample schema (partitions, views, a materialized view, functions, triggers, domains)
 * kept in {@code ../shared/corpus/pagila} beside the project; tests load it into a fresh database.
 */
final class Pagila {

    static final String FILE = "corpus/pagila/pagila-schema-pg13.sql";

    private Pagila() {
    }

    /** The schema file: from {@code retort.project.root} (set by surefire), else found walking up from user.dir. */
    static Path schemaFile() {
        String root = System.getProperty("retort.project.root");
        if (root != null && !root.isBlank()) {
            Path candidate = Path.of(root).resolve("../shared").resolve(FILE).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        String missing = "cannot find ../shared/" + FILE + " beside the project root (set"
                + " -Dretort.project.root=<root of the Maven project>)";
        // CI always lays shared/ beside the clone, so there a missing corpus is an error; a clone elsewhere skips
        Assumptions.assumeTrue(System.getenv("CI") == null, missing);
        throw new IllegalStateException(missing);
    }

    /** Runs the pagila schema script statement by statement on {@code c}. */
    static void load(Connection c) throws SQLException {
        String script;
        try {
            script = Files.readString(schemaFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = c.createStatement()) {
            for (String sql : SqlScript.statements(script)) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("pagila statement failed: " + e.getMessage() + "\n" + sql, e);
                }
            }
            // the dump empties search_path for its session; give the connection back in the usual state
            s.execute("SET search_path = \"$user\", public");
        }
    }
}
