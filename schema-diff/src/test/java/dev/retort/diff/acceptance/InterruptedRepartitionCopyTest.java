package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.Repartitioning;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch copy of a repartitioning, its session killed at a random point (the server ends its backend, as when
 * the migrating process dies): the batches committed before stay, the batch in flight is gone, and running the copy
 * again continues after the last key copied; the rest of the migration then gives the declared schema with every row
 * exactly once. Rows written to the old table between the kill and the rerun (an insert, an update, a delete) are
 * carried over by the swap.
 */
class InterruptedRepartitionCopyTest {

    private static final String ROWS = "INSERT INTO kinds VALUES (3);"
            + " INSERT INTO events (at, kind, payload, note) SELECT DATE '2025-01-01' + (g % 700), 1 + g % 3,"
            + " jsonb_build_object('g', g), md5(g::text) FROM generate_series(1, 300000) g;";

    // the batch size of the copy, as the renderer writes it
    private static final int BATCH = 10_000;

    private final PostgresInspector inspector = new PostgresInspector();

    @Test
    void killedHalfwayTheCopyResumesAndNoRowIsLostOrCopiedTwice() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (TestDatabase dbA = TestDatabases.fresh(); TestDatabase dbB = TestDatabases.fresh();
             Connection a = dbA.connect(); Connection b = dbB.connect(); Connection watch = dbA.connect()) {
            RepartitionByCopyTest.run(a, RepartitionByCopyTest.PLAIN + ROWS);
            RepartitionByCopyTest.run(b, RepartitionByCopyTest.RANGE + " INSERT INTO kinds VALUES (3);");
            SchemaModel range = inspector.inspect(b).model();
            DiffResult up = new DiffEngine().diff(inspector.inspect(a).model(),
                    RepartitionByCopyTest.copying(range, Repartitioning.COPY_ROWS_DROP_BACKUP));
            List<PlannedStatement> statements = up.upgrade().statements();
            int copy = -1;
            for (int i = 0; i < statements.size(); i++) {
                if (statements.get(i).hazards().contains(Hazard.COPIES_ROWS)) {
                    copy = i;
                }
            }
            assertTrue(copy > 0, up.upgradeSql());
            Apply.plan(a, new MigrationPlan(statements.subList(0, copy)));

            String pid = RepartitionByCopyTest.query(a, "SELECT pg_backend_pid()");
            String copySql = statements.get(copy).sql();
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try {
                Future<?> copying = runner.submit(() -> {
                    RepartitionByCopyTest.run(a, copySql);
                    return null;
                });
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (Long.parseLong(RepartitionByCopyTest.query(watch, "SELECT count(*) FROM events__retort_new")) == 0) {
                    assertTrue(System.nanoTime() < deadline && !copying.isDone(), "the copy never committed a batch");
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(400));
                RepartitionByCopyTest.query(watch, "SELECT pg_terminate_backend(" + pid + ")");
                assertThrows(Exception.class, copying::get, "seed " + seed + ": the copy was killed before it ended");
            } finally {
                runner.shutdownNow();
            }
            long copied = Long.parseLong(RepartitionByCopyTest.query(watch, "SELECT count(*) FROM events__retort_new"));
            System.out.println("seed " + seed + ": " + copied + " rows copied when the copy was killed");
            assertEquals(0, copied % BATCH, "seed " + seed + ": only whole batches stay");
            assertTrue(copied < 300000, "seed " + seed + ": killed before the end");

            // writes between the kill and the rerun: the swap reconciles them
            RepartitionByCopyTest.run(watch, "UPDATE events SET note = 'changed' WHERE id = 1;"
                    + " DELETE FROM events WHERE id = 2;"
                    + " INSERT INTO events (at, kind, note) VALUES ('2026-03-03', 3, 'late')");
            String rows = RepartitionByCopyTest.query(watch, RepartitionByCopyTest.FINGERPRINT);
            List<PlannedStatement> rest = new ArrayList<>(statements.subList(copy, statements.size()));
            try (Connection again = dbA.connect()) {
                Apply.plan(again, new MigrationPlan(rest));
                SchemaModel upgraded = inspector.inspect(again).model();
                assertEquals(range, upgraded, "seed " + seed + ": the upgrade gives the partitioned schema");
                assertEquals(rows, RepartitionByCopyTest.query(again, RepartitionByCopyTest.FINGERPRINT),
                        "seed " + seed + ": every row exactly once, with its values");
            }
        }
    }
}
