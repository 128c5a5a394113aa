package dev.retort.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that waits longer than {@code lock_timeout} for a lock another session holds runs again
 * ({@code retort.lock-retries}, with backoff), each retry said on stderr; with no retries left the error names the
 * table, who holds it and the settings. A second connection holds the lock for a bit longer than one timeout, from
 * the moment the migration is seen waiting, so at least one retry is needed and a later one gets the lock.
 */
class LockRetryTest {

    private static final String V1 = "20261101000000";
    private static final String V2 = "20261102000000";

    @TempDir
    Path dir;

    @Test
    void aTransactionalMigrationIsRetriedAfterALockTimeoutAndTheRetryIsReported() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project p = project(db).migration(V2, "add_name", "ALTER TABLE users ADD COLUMN name text;\n",
                    "ALTER TABLE users DROP COLUMN name;\n");
            assertEquals(0, p.run("upgrade", V1).code());
            CompletableFuture<Void> blocker = holdWhileWaiting(db, "LOCK TABLE users IN ACCESS SHARE MODE",
                    "ALTER TABLE users ADD COLUMN%", 750);
            CliRun up = p.run("upgrade", "--lock-timeout", "500ms", "--lock-retries", "6", "--lock-retry-backoff", "100ms");
            blocker.get(30, TimeUnit.SECONDS);
            assertEquals(0, up.code(), up.toString());
            assertTrue(up.err().contains("lock timeout: V" + V2 + "__add_name.sql waited longer than 0.5s"
                    + " (retort.lock-timeout) for a lock on table public.users, held by pid "), up.err());
            assertTrue(up.err().contains("AccessShareLock"), up.err());
            assertTrue(up.err().contains("; retry 1 of 6 in "), up.err());
            assertTrue(up.out().contains("database at " + V2 + " (head)"), up.out());

            // the downgrade retries too
            blocker = holdWhileWaiting(db, "LOCK TABLE users IN ACCESS SHARE MODE", "ALTER TABLE users DROP COLUMN%", 750);
            CliRun down = p.run("downgrade", "-1", "--lock-timeout", "500ms", "--lock-retries", "6",
                    "--lock-retry-backoff", "100ms");
            blocker.get(30, TimeUnit.SECONDS);
            assertEquals(0, down.code(), down.toString());
            assertTrue(down.err().contains("lock timeout: U" + V2 + "__add_name.sql waited longer than 0.5s"), down.err());
        }
    }

    @Test
    void withoutRetriesTheErrorNamesTheTableItsHolderAndTheSettings() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection holder = db.connect()) {
            Project p = project(db).migration(V2, "add_name", "ALTER TABLE users ADD COLUMN name text;\n",
                    "ALTER TABLE users DROP COLUMN name;\n");
            assertEquals(0, p.run("upgrade", V1).code());
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE users IN ACCESS SHARE MODE");
            CliRun up = p.run("upgrade", "--lock-timeout", "300ms", "--lock-retries", "0");
            holder.rollback();
            assertEquals(2, up.code(), up.toString());
            assertTrue(up.err().contains("V" + V2 + "__add_name.sql failed at statement 1 (line 1), SQLSTATE 55P03"), up.err());
            assertTrue(up.err().contains("it waited longer than 0.3s (retort.lock-timeout) for a lock on table public.users,"
                    + " held by pid "), up.err());
            assertTrue(up.err().contains("not retried (retort.lock-retries is 0). Let the session holding the lock finish"
                    + " (or end it), then run again; or raise retort.lock-retries (--lock-retries) or retort.lock-timeout"
                    + " (--lock-timeout)"), up.err());
            assertFalse(up.err().contains("retry 1"), up.err());
            assertEquals(0, p.run("upgrade").code(), "the next run, with the lock free, applies it");
        }
    }

    @Test
    void aConcurrentIndexBuildThatTimedOutWaitingForAWriterIsClearedAndRetried() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project p = project(db).migration(V2, "index_users", "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_id ON users (id);\n",
                    "DROP INDEX CONCURRENTLY IF EXISTS ix_users_id;\n");
            assertEquals(0, p.run("upgrade", V1).code());
            // an open writing transaction: the build creates its (invalid) index, then waits for the writer
            CompletableFuture<Void> blocker = holdWhileWaiting(db, "INSERT INTO users VALUES (7)",
                    "CREATE INDEX CONCURRENTLY%", 750);
            CliRun up = p.run("upgrade", "--lock-timeout", "500ms", "--lock-retries", "6", "--lock-retry-backoff", "100ms");
            blocker.get(30, TimeUnit.SECONDS);
            assertEquals(0, up.code(), up.toString());
            assertTrue(up.err().contains("lock timeout: V" + V2 + "__index_users.sql waited longer than 0.5s"), up.err());
            assertEquals(1, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_index i JOIN pg_class c"
                    + " ON c.oid = i.indexrelid WHERE c.relname = 'ix_users_id' AND i.indisvalid"));
            assertEquals(0, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
            assertTrue(p.run("current").out().contains(V2 + " (head)"), p.run("current").toString());
        }
    }

    private Project project(TestDatabase db) {
        return new Project(dir, db).migration(V1, "users", "CREATE TABLE users (id int);\n", "DROP TABLE users;\n");
    }

    /**
     * Runs {@code hold} in a transaction of a second session, waits (at most 30 s) until a statement like
     * {@code waiter} waits for a lock, holds on for {@code millis} more, and ends the transaction.
     */
    private static CompletableFuture<Void> holdWhileWaiting(TestDatabase db, String hold, String waiter, long millis)
            throws SQLException {
        Connection c = db.connect();
        c.setAutoCommit(false);
        c.createStatement().execute(hold);
        return CompletableFuture.runAsync(() -> {
            try (c) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type"
                        + " IN ('Lock') AND query LIKE '" + waiter + "'") == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(millis);
                c.rollback();
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
