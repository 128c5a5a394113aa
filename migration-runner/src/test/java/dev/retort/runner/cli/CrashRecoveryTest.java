package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process killed with SIGKILL in the middle of a multi-statement migration leaves the database at the previous
 * clean version (the migration's transaction dies with the connection), and the next upgrade completes.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void killedMidMigrationLeavesACleanVersionAndTheNextUpgradeCompletes() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project p = new Project(dir, db)
                    .migration("20261101000000", "users", "CREATE TABLE users (id int);\n", "DROP TABLE users;\n")
                    .migration("20261102000000", "slow", "CREATE TABLE half_done (id int);\nINSERT INTO users VALUES (1);\n"
                            + "SELECT pg_sleep(60);\nCREATE TABLE never_reached (id int);\n",
                            "DROP TABLE never_reached;\nDELETE FROM users;\nDROP TABLE half_done;\n");
            Process child = ChildRetort.start(dir, dir.resolve("child.log"), "upgrade", "--url", ChildRetort.url(p));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'") == 0) {
                assertTrue(System.nanoTime() < deadline, "the child never reached the sleep:\n"
                        + Files.readString(dir.resolve("child.log")));
                assertTrue(child.isAlive(), Files.readString(dir.resolve("child.log")));
                Thread.sleep(100);
            }
            child.destroyForcibly();   // SIGKILL
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));

            // the server notices the vanished client within client_connection_check_interval and rolls back
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE query LIKE 'SELECT pg_sleep(60)%'") > 0) {
                assertTrue(System.nanoTime() < deadline, "the killed run's statement is still running");
                Thread.sleep(100);
            }
            assertEquals("20261101000000 (1 pending)", p.run("current").out().strip());
            assertEquals(0, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'"));
            assertEquals(0, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM users"));

            p.write("V20261102000000__slow.sql", "CREATE TABLE half_done (id int);\nINSERT INTO users VALUES (1);\n"
                    + "SELECT pg_sleep(0.1);\nCREATE TABLE never_reached (id int);\n");
            CliRun again = p.run("upgrade");
            assertEquals(0, again.code(), again.toString());
            assertTrue(again.out().contains("1 migration applied; database at 20261102000000 (head)"), again.out());
            assertEquals(1, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM users"));
        }
    }
}
