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
    /** Danbooru's structure dump: extensions, functions, an operator, views, 65 tables and about 400 indexes. */
    static final String DANBOORU = "corpus/danbooru/danbooru-structure.sql";

    private Pagila() {
    }

    /** The schema file: from {@code retort.project.root} (set by surefire), else found walking up from user.dir. */
    static Path schemaFile() {
        return corpusFile(FILE);
    }

    /** A corpus file ({@link #FILE}, {@link #DANBOORU}), found as {@link #schemaFile()} is. */
    static Path corpusFile(String file) {
        String root = System.getProperty("retort.project.root");
        if (root != null && !root.isBlank()) {
            Path candidate = Path.of(root).resolve("../shared").resolve(file).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        String missing = "cannot find ../shared/" + file + " beside the project root (set"
                + " -Dretort.project.root=<root of the Maven project>)";
        // CI always lays shared/ beside the clone, so there a missing corpus is an error; a clone elsewhere skips
        Assumptions.assumeTrue(System.getenv("CI") != null, missing);
        throw new IllegalStateException(missing);
    }

    /** Runs the pagila schema script statement by statement on {@code c}. */
    static void load(Connection c) throws SQLException {
        load(c, FILE);
    }

    /** Runs a corpus script ({@link #FILE}, {@link #DANBOORU}) statement by statement on {@code c}. */
    static void load(Connection c, String file) throws SQLException {
        String script;
        try {
            script = Files.readString(corpusFile(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = c.createStatement()) {
            for (String sql : SqlScript.statements(script)) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(file + " statement failed: " + e.getMessage() + "\n" + sql, e);
                }
            }
            // the dump empties search_path for its session; give the connection back in the usual state
            s.execute("SET search_path = \"$user\", public");
        }
    }
}
