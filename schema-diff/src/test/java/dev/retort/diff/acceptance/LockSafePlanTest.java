package dev.retort.diff.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lock-safe plans on a real PostgreSQL: the shape of the plan (statements, hazards, transaction mode) for indexes
 * on existing and on new tables, its round trip, and a writer that keeps writing under a short lock timeout while
 * the lock-safe plan builds an index, where the plain plan makes it time out.
 */
class LockSafePlanTest {

    static final String BEFORE = "CREATE TABLE t (id bigint PRIMARY KEY, a int, b text);"
            + " CREATE INDEX ix_t_b ON t (b);";
    static final String AFTER = "CREATE TABLE t (id bigint PRIMARY KEY, a int, b text);"
            + " CREATE INDEX ix_t_a ON t (a);"
            + " CREATE TABLE n (id bigint PRIMARY KEY, v text); CREATE INDEX ix_n_v ON n (v);";

    @Test
    void indexesOnExistingTablesAreBuiltAndDroppedConcurrentlyAndNewTablesKeepPlainIndexes() throws SQLException {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.url().connect(); Connection cb = b.url().connect()) {
            run(ca, BEFORE);
            run(cb, AFTER);
            SchemaModel before = inspect(ca);
            SchemaModel after = inspect(cb);
            DiffResult diff = DiffEngine.lockSafe().diff(before, after);

            assertEquals(List.of(
                    "DROP INDEX CONCURRENTLY IF EXISTS public.ix_t_b",
                    "CREATE TABLE public.n (\n    id bigint NOT NULL,\n    v text,\n    CONSTRAINT n_pkey PRIMARY KEY (id)\n)",
                    "CREATE INDEX ix_n_v ON public.n USING btree (v)",
                    "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_a ON public.t USING btree (a)"), sql(diff.upgrade()));
            PlannedStatement build = statement(diff.upgrade(), "CREATE INDEX CONCURRENTLY");
            assertEquals(false, build.transactional());
            assertEquals(Set.of(Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK, Hazard.INDEX_BUILD, Hazard.NOT_TRANSACTIONAL),
                    build.hazards());
            PlannedStatement drop = statement(diff.upgrade(), "DROP INDEX CONCURRENTLY");
            assertEquals(Set.of(Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK, Hazard.INDEX_DROPPED, Hazard.NOT_TRANSACTIONAL),
                    drop.hazards());
            assertTrue(statement(diff.upgrade(), "CREATE INDEX ix_n_v").transactional(), "a new table's index is plain");
            // the derived downgrade is lock-safe too
            assertTrue(sql(diff.downgrade()).contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_b ON public.t USING btree (b)"),
                    diff.downgradeSql());
            assertTrue(sql(diff.downgrade()).contains("DROP INDEX CONCURRENTLY IF EXISTS public.ix_t_a"), diff.downgradeSql());

            Apply.plan(ca, diff.upgrade());
            assertTrue(DiffEngine.lockSafe().diff(inspect(ca), after).isEmpty(), "upgrade gives B");
            Apply.plan(ca, diff.downgrade());
            assertTrue(new DiffEngine().diff(inspect(ca), before).isEmpty(), "downgrade gives A back");
            assertTrue(DiffEngine.lockSafe().diff(after, after).isEmpty());
            // every statement is rerunnable: an interrupted part runs again without error
            Apply.plan(ca, diff.upgrade().statements().stream().filter(s -> !s.transactional()).collect(
                    java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), MigrationPlan::new)));
        }
    }

    @Test
    void uniqueConstraintsTakeOverAnIndexBuiltConcurrentlyAndEachStepSaysWhatItLocks() throws SQLException {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.url().connect(); Connection cb = b.url().connect()) {
            run(ca, "CREATE TABLE t (id int NOT NULL, a int);");
            run(cb, "CREATE TABLE t (id int NOT NULL, a int, CONSTRAINT uq_t_a UNIQUE (a), CONSTRAINT pk_t PRIMARY KEY (id));");
            DiffResult diff = DiffEngine.lockSafe().diff(inspect(ca), inspect(cb));
            PlannedStatement build = statement(diff.upgrade(), "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_t_a");
            assertFalse(build.transactional());
            assertEquals(List.of("SHARE_UPDATE_EXCLUSIVE_LOCK: SHARE UPDATE EXCLUSIVE on public.t while the index is built:"
                            + " reads and writes continue, other schema changes and VACUUM wait"),
                    build.notes().stream().filter(n -> n.hazard() == Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK).map(Object::toString).toList());
            PlannedStatement attach = statement(diff.upgrade(), "ALTER TABLE public.t ADD CONSTRAINT uq_t_a UNIQUE USING INDEX uq_t_a");
            assertTrue(attach.transactional());
            assertEquals("[ACCESS_EXCLUSIVE_LOCK: ACCESS EXCLUSIVE on public.t, briefly: index uq_t_a exists, only the"
                    + " catalog changes]", attach.notes().toString());
            PlannedStatement key = statement(diff.upgrade(), "ALTER TABLE public.t ADD CONSTRAINT pk_t PRIMARY KEY USING INDEX pk_t");
            assertEquals(Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK), key.hazards(), key.notes().toString());
            assertTrue(sql(diff.upgrade()).indexOf(key.sql()) > sql(diff.upgrade()).indexOf(
                    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS pk_t ON public.t USING btree (id)"), diff.upgradeSql());

            Apply.plan(ca, diff.upgrade());
            assertTrue(DiffEngine.lockSafe().diff(inspect(ca), inspect(cb)).isEmpty(), "upgrade gives B");
            Apply.plan(ca, diff.downgrade());
            assertTrue(new DiffEngine().diff(inspect(ca), inspect(cb)).changes().size() > 0);
            run(cb, "DROP TABLE t; CREATE TABLE t (id int NOT NULL, a int);");
            assertTrue(new DiffEngine().diff(inspect(ca), inspect(cb)).isEmpty(), "downgrade gives A back");
        }
    }

    @Test
    void lockSafePlansKeepTheHazardOfUnmanagedDependents() throws SQLException {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.url().connect(); Connection cb = b.url().connect()) {
            run(ca, "CREATE TABLE t (id bigint PRIMARY KEY, a int, b text); CREATE RULE r AS ON UPDATE TO t WHERE new.b IS NULL DO INSTEAD NOTHING;");
            run(cb, "CREATE TABLE t (id bigint PRIMARY KEY, a int);");
            for (DiffEngine engine : List.of(new DiffEngine(), DiffEngine.lockSafe())) {
                PlannedStatement drop = statement(engine.diff(inspect(ca), inspect(cb)).upgrade(), "ALTER TABLE public.t DROP COLUMN");
                assertTrue(drop.has(Hazard.HAS_UNTRACKABLE_DEPENDENCIES), drop.toString());
            }
        }
    }

    @Test
    void theDefaultEngineKeepsThePlainForms() throws SQLException {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.url().connect(); Connection cb = b.url().connect()) {
            run(ca, BEFORE);
            run(cb, AFTER);
            DiffResult diff = new DiffEngine().diff(inspect(ca), inspect(cb));
            assertTrue(diff.upgrade().isTransactional(), diff.upgradeSql());
            assertTrue(sql(diff.upgrade()).contains("CREATE INDEX ix_t_a ON public.t USING btree (a)"), diff.upgradeSql());
        }
    }

    static final String BIG = "CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent SELECT g FROM generate_series(1, 100) g;"
            + " CREATE TABLE big (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, b text, parent_id int);";
    static final String ROWS = " INSERT INTO big (b, parent_id) SELECT md5(g::text) || md5((g * 7)::text), 1 + g % 100"
            + " FROM generate_series(1, 1000000) g;";
    static final String WRITE = "INSERT INTO big (b, parent_id) VALUES ('written during the migration', 7)";

    /** A change on a table of a million rows that the plain form runs under a lock that stops writers. */
    enum Online {
        INDEX(BIG + " CREATE INDEX ix_big_b ON big (md5(b), b);"),
        FOREIGN_KEY(BIG + " ALTER TABLE big ADD CONSTRAINT fk_big_parent FOREIGN KEY (parent_id) REFERENCES parent (id);"),
        CHECK(BIG + " ALTER TABLE big ADD CONSTRAINT ck_big_b CHECK (length(b) > 10 AND b ~ '^[0-9a-z ]+$');"),
        NOT_NULL(BIG + " ALTER TABLE big ALTER COLUMN b SET NOT NULL;"),
        // (b, id): the writer's rows repeat b
        UNIQUE(BIG + " ALTER TABLE big ADD CONSTRAINT uq_big_b_id UNIQUE (b, id);");

        final String after;

        Online(String after) {
            this.after = after;
        }
    }

    @ParameterizedTest
    @EnumSource(Online.class)
    void aWriterUnderAShortLockTimeoutNeverWaitsWhileTheLockSafePlanRuns(Online change) throws Exception {
        Writes plain = writesDuring(false, change);
        Writes online = writesDuring(true, change);
        if (online.timeouts() > 0) {
            // a brief catalog-only lock (ADD ... NOT VALID) can outlast 50 ms on a loaded machine once; a plan that
            // really blocks writers holds its lock for the whole scan, and times the writer out again
            online = writesDuring(true, change);
        }
        if (change == Online.NOT_NULL) {
            // a null check per row scans too fast to outlast a lock timeout; PostgreSQL says when it skips the scan
            assertFalse(plain.provedWithoutScan(), "the plain SET NOT NULL scans the table: " + plain);
            assertTrue(online.provedWithoutScan(), "the lock-safe SET NOT NULL should skip its scan: " + online);
        } else {
            // the control: the blocking form makes the writer wait past its lock timeout
            assertTrue(plain.timeouts() > 0, "the plain plan should block the writer: " + plain);
        }
        assertEquals(0, online.timeouts(), "lock-safe plan: " + online);
        assertTrue(online.writes() > 0, online.toString());
    }

    record Writes(int writes, int timeouts, long slowestMillis, String plan, List<String> notices) {
        /** PostgreSQL's DEBUG1 notice that a validated check proved SET NOT NULL without reading the rows. */
        boolean provedWithoutScan() {
            return notices.stream().anyMatch(n -> n.contains("sufficient to prove that it does not contain nulls"));
        }
    }

    private static Writes writesDuring(boolean lockSafe, Online change) throws Exception {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.url().connect(); Connection cb = b.url().connect(); Connection writer = a.url().connect()) {
            run(ca, BIG + ROWS);
            run(cb, change.after);
            DiffResult diff = DiffEngine.of(lockSafe).diff(inspect(ca), inspect(cb));
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger writes = new AtomicInteger();
            AtomicInteger timeouts = new AtomicInteger();
            AtomicLong slowest = new AtomicLong();
            Thread loop = new Thread(() -> {
                try (Statement s = writer.createStatement()) {
                    s.execute("SET lock_timeout = '50ms'");
                    long deadline = System.nanoTime() + 60_000_000_000L;   // bounded whatever happens
                    while (!done.get() && System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        try {
                            s.execute(WRITE);
                            writes.incrementAndGet();
                        } catch (SQLException e) {
                            if (!"55P03".equals(e.getSQLState())) {
                                throw e;
                            }
                            timeouts.incrementAndGet();
                        }
                        slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                        Thread.sleep(5);
                    }
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            loop.start();
            Thread.sleep(100);
            List<String> notices = applyCollectingNotices(ca, diff.upgrade());
            done.set(true);
            loop.join();
            assertTrue(DiffEngine.lockSafe().diff(inspect(ca), inspect(cb)).isEmpty(), "the plan gives B");
            return new Writes(writes.get(), timeouts.get(), slowest.get(), diff.upgrade().sql(), notices);
        }
    }

    /** Runs the plan as {@link Apply} does, with DEBUG1 notices on, and returns them. */
    private static List<String> applyCollectingNotices(Connection c, MigrationPlan plan) throws SQLException {
        List<String> notices = new java.util.ArrayList<>();
        c.setAutoCommit(!plan.isTransactional());
        try (Statement s = c.createStatement()) {
            s.execute("SET client_min_messages = debug1");
            for (PlannedStatement statement : plan.statements()) {
                s.execute(statement.sql());
                for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                    notices.add(w.getMessage());
                }
                s.clearWarnings();
            }
            if (!plan.isTransactional()) {
                return notices;
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return notices;
    }

    private static PlannedStatement statement(MigrationPlan plan, String prefix) {
        return plan.statements().stream().filter(s -> s.sql().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + prefix + "... in\n" + plan.sql()));
    }

    private static List<String> sql(MigrationPlan plan) {
        return plan.statements().stream().map(PlannedStatement::sql).toList();
    }

    private static SchemaModel inspect(Connection c) {
        return new PostgresInspector().inspect(c).model();
    }

    private static void run(Connection c, String ddl) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(ddl);
        }
    }
}
