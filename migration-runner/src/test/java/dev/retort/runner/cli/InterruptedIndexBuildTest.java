package dev.retort.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at a random point of a migration of two concurrent index builds, or of its downgrade
 * (two concurrent drops), leaves invalid indexes and half-run history behind; the next upgrade (after an
 * interrupted upgrade) or downgrade (after an interrupted downgrade) converges to a clean version boundary with
 * every index valid, and in between {@code check} and {@code current} say what is true: check passes only when both
 * indexes are there and valid, and current claims the indexed version only then.
 */
class InterruptedIndexBuildTest {

    private static final String V1 = "20261101000000";
    private static final String V2 = "20261102000000";
    private static final String CHECK = "--definition=" + TestSchemas.IndexedT.class.getName();

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsOfTwoConcurrentBuildsAndTheirDowngradeTheNextRunConverges() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (TestDatabase db = TestDatabases.fresh()) {
            Project p = new Project(dir, db)
                    .migration(V1, "t", "CREATE TABLE t (id bigint NOT NULL, v text, w text, CONSTRAINT pk_t PRIMARY KEY (id));\n"
                            + "INSERT INTO t SELECT g, md5(g::text) || md5((g * 7)::text), md5((g * 3)::text) || md5(g::text)"
                            + " FROM generate_series(1, 300000) g;\n", "DROP TABLE t;\n")
                    .migration(V2, "index_t", "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_v ON t (v);\n"
                                    + "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_w ON t (w);\n",
                            "DROP INDEX CONCURRENTLY IF EXISTS ix_t_w;\nDROP INDEX CONCURRENTLY IF EXISTS ix_t_v;\n");
            assertEquals(0, p.run("upgrade", V1).code());
            for (int round = 0; round < 2; round++) {
                String at = "seed " + seed + ", upgrade round " + round;
                Process child = ChildRetort.start(dir, dir.resolve("up" + round + ".log"), "upgrade", "--url", ChildRetort.url(p));
                awaitStatement(db, child, "CREATE INDEX CONCURRENTLY%", dir.resolve("up" + round + ".log"));
                Thread.sleep(random.nextInt(1500));
                kill(db, child, "CREATE INDEX CONCURRENTLY%");
                assertHonest(p, db, at);
                CliRun up = p.run("upgrade");
                assertEquals(0, up.code(), at + "\n" + up);
                assertEquals(2, validIndexes(db), at + ": both indexes valid after the next upgrade\n" + up);
                assertEquals(V2 + " (head)", p.run("current").out().strip(), at);
                assertEquals(0, p.run("check", CHECK).code(), at);
                assertEquals(0, p.run("downgrade", "-1").code(), at);
            }
            assertEquals(0, p.run("upgrade").code());
            for (int round = 0; round < 3; round++) {
                String at = "seed " + seed + ", downgrade round " + round;
                Path log = dir.resolve("down" + round + ".log");
                // a reader's open transaction makes DROP INDEX CONCURRENTLY wait (the index already marked invalid):
                // from the start (round 0), from the moment the first index is gone (round 1), or not at all (round 2)
                try (Connection reader = db.connect()) {
                    reader.setAutoCommit(false);
                    if (round == 0) {
                        reader.createStatement().execute("SELECT count(*) FROM t WHERE id = 1");
                    }
                    Process child = ChildRetort.start(dir, log, "downgrade", "-1", "--lock-timeout", "30s", "--url",
                            ChildRetort.url(p));
                    if (round == 1) {
                        awaitGone(db, child, "ix_t_w", log);
                        reader.createStatement().execute("SELECT count(*) FROM t WHERE id = 1");
                    }
                    if (round < 2) {
                        awaitStatement(db, child, "DROP INDEX CONCURRENTLY%", log);
                    }
                    Thread.sleep(random.nextInt(round < 2 ? 800 : 4000));
                    kill(db, child, "DROP INDEX CONCURRENTLY%");
                    reader.rollback();
                }
                assertHonest(p, db, at);
                String current = p.run("current").out().strip();
                boolean done = current.equals(V1 + " (1 pending)") && indexes(db) == 0;
                if (!done) {
                    CliRun down = p.run("downgrade", "-1");
                    assertEquals(0, down.code(), at + ", after " + current + "\n" + down);
                }
                assertEquals(0, indexes(db), at + ": both indexes gone");
                assertEquals(V1 + " (1 pending)", p.run("current").out().strip(), at);
                assertEquals(0, p.run("upgrade").code(), at);
                assertEquals(2, validIndexes(db), at);
            }
        }
    }

    /** check passes exactly when both indexes are there and valid; current claims V2 (cleanly) only then. */
    private static void assertHonest(Project p, TestDatabase db, String at) throws SQLException {
        long valid = validIndexes(db);
        CliRun check = p.run("check", CHECK);
        // which point the kill hit, for whoever reads the test's output
        System.out.println(at + ": " + indexes(db) + " indexes, " + valid + " valid; check exit " + check.code()
                + "; current " + p.run("current").out().strip().replace('\n', ' '));
        assertEquals(valid == 2, check.code() == 0, at + ": " + valid + " valid indexes, check says\n" + check);
        if (p.run("current").out().strip().equals(V2 + " (head)")) {
            assertEquals(2, valid, at + ": current claims " + V2);
        }
    }

    private static long validIndexes(TestDatabase db) throws SQLException {
        return NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname IN ('ix_t_v', 'ix_t_w') AND i.indisvalid");
    }

    private static long indexes(TestDatabase db) throws SQLException {
        return NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_class WHERE relname IN ('ix_t_v', 'ix_t_w')");
    }

    /** Waits (at most 60 s) until the child runs a statement like {@code pattern}, or has ended. */
    private static void awaitStatement(TestDatabase db, Process child, String pattern, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_stat_activity"
                + " WHERE query LIKE '" + pattern + "' AND state = 'active'") == 0) {
            assertTrue(System.nanoTime() < deadline, "the child never ran " + pattern + ":\n" + Files.readString(log));
            Thread.sleep(20);
        }
    }

    /** Waits (at most 60 s) until {@code index} is gone, or the child has ended. */
    private static void awaitGone(TestDatabase db, Process child, String index, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_class WHERE relname = '"
                + index + "'") > 0) {
            assertTrue(System.nanoTime() < deadline, "the child never dropped " + index + ":\n" + Files.readString(log));
            Thread.sleep(5);
        }
    }

    /** SIGKILL, then waits (at most 20 s) until the server has noticed and ended the child's statement. */
    private static void kill(TestDatabase db, Process child, String pattern) throws Exception {
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '"
                + pattern + "' AND state = 'active'") > 0) {
            assertTrue(System.nanoTime() < deadline, "the killed run's statement is still running");
            Thread.sleep(50);
        }
    }
}
