package dev.retort.runner.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A migration of statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY) runs outside one; when it
 * fails half-way the failure is recorded, and the next upgrade resumes it: it clears the invalid index the
 * interrupted build left and reruns the (rerunnable) statements.
 */
class NonTransactionalMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aFailedConcurrentIndexBuildIsResumedByTheNextUpgrade() throws SQLException {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project p = new Project(dir, db)
                    .migration("20261101000000", "items", "CREATE TABLE items (a int, b int);\n"
                            + "INSERT INTO items VALUES (1, 1), (2, 1);\n", "DROP TABLE items;\n")
                    .migration("20261102000000", "index_items", "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_items_a ON items (a);\n"
                                    + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_items_b ON items (b);\n",
                            "DROP INDEX CONCURRENTLY IF EXISTS ux_items_b;\nDROP INDEX CONCURRENTLY IF EXISTS ix_items_a;\n");
            CliRun failed = p.run("upgrade");
            assertEquals(2, failed.code(), failed.toString());
            assertTrue(failed.err().contains("V20261102000000__index_items.sql failed at statement 2 (line 2), SQLSTATE 23505"),
                    failed.err());
            assertTrue(failed.err().contains("it ran outside a transaction"), failed.err());
            assertEquals(1, count(db, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE c.relname = 'ix_items_a' AND i.indisvalid"));
            assertTrue(p.run("current").out().contains("failed outside a transaction"), p.run("current").toString());

            try (Connection c = db.connect()) {
                c.createStatement().execute("DELETE FROM items WHERE a = 2");
            }
            CliRun resumed = p.run("upgrade");
            assertEquals(0, resumed.code(), resumed.toString());
            assertTrue(resumed.out().contains("resuming V20261102000000__index_items.sql"), resumed.out());
            assertTrue(resumed.out().contains("dropping invalid index public.ux_items_b"), resumed.out());
            assertTrue(resumed.out().contains("database at 20261102000000 (head)"), resumed.out());
            assertEquals(2, count(db, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE c.relname IN ('ix_items_a', 'ux_items_b') AND i.indisvalid"));

            CliRun down = p.run("downgrade", "-1");
            assertEquals(0, down.code(), down.toString());
            assertEquals(0, count(db, "SELECT count(*) FROM pg_class WHERE relname IN ('ix_items_a', 'ux_items_b')"));
        }
    }

    static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
