package dev.retort.diff.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

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

    @Test
    void aWriterUnderAShortLockTimeoutNeverWaitsWhileTheLockSafePlanBuildsAnIndex() throws Exception {
        Writes plain = writesDuring(false);
        Writes online = writesDuring(true);
        // the control: the blocking form makes the writer wait past its lock timeout
        assertTrue(plain.timeouts() > 0, "the plain CREATE INDEX should block the writer: " + plain);
        assertEquals(0, online.timeouts(), "lock-safe plan: " + online);
        assertTrue(online.writes() > 0, online.toString());
    }

    record Writes(int writes, int timeouts, long slowestMillis) {
    }

    private static Writes writesDuring(boolean lockSafe) throws Exception {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.url().connect(); Connection cb = b.url().connect(); Connection writer = a.url().connect()) {
            String table = "CREATE TABLE big (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, b text);";
            run(ca, table + " INSERT INTO big (b) SELECT md5(g::text) || md5((g * 7)::text) FROM generate_series(1, 400000) g;");
            run(cb, table + " CREATE INDEX ix_big_b ON big (md5(b), b);");
            DiffResult diff = DiffEngine.of(lockSafe).diff(inspect(ca), inspect(cb));
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger writes = new AtomicInteger();
            AtomicInteger timeouts = new AtomicInteger();
            AtomicLong slowest = new AtomicLong();
            Thread loop = new Thread(() -> {
                try (Statement s = writer.createStatement()) {
                    s.execute("SET lock_timeout = '200ms'");
                    long deadline = System.nanoTime() + 60_000_000_000L;   // bounded whatever happens
                    while (!done.get() && System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        try {
                            s.execute("INSERT INTO big (b) VALUES ('written during the migration')");
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
            Apply.plan(ca, diff.upgrade());
            done.set(true);
            loop.join();
            return new Writes(writes.get(), timeouts.get(), slowest.get());
        }
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
