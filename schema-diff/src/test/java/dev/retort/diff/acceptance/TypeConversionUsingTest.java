package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.ColumnConversion;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A column type change PostgreSQL cannot cast (bigint to timestamptz) is refused naming the column and the
 * declaration that gives the USING expressions ({@code convertedUsing}), for the upgrade and for its downgrade; with
 * them, the upgrade and the downgrade use their own, and the values survive the round trip. A change PostgreSQL casts
 * (integer to bigint) needs none.
 */
class TypeConversionUsingTest {

    private static final String OLD = "CREATE TABLE events (id int PRIMARY KEY, created bigint NOT NULL, n integer);"
            + " INSERT INTO events VALUES (1, 0, 1), (2, 1700000000, 2);";
    private static final String NEW = "CREATE TABLE events (id int PRIMARY KEY, created timestamptz NOT NULL, n bigint);";

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    @Test
    void anUncastableChangeIsRefusedAndPlannedWithTheDeclaredUsingBothWays() throws SQLException {
        try (TestDatabase dbA = TestDatabases.fresh(); TestDatabase dbB = TestDatabases.fresh();
             Connection a = dbA.connect(); Connection b = dbB.connect()) {
            RepartitionByCopyTest.run(a, OLD);
            RepartitionByCopyTest.run(b, NEW);
            SchemaModel old = inspector.inspect(a).model();
            SchemaModel target = inspector.inspect(b).model();

            RefusedChangeException refused = assertThrows(RefusedChangeException.class, () -> engine.diff(old, target));
            assertEquals("table public.events: column created cannot change from bigint to timestamp with time zone in"
                    + " the upgrade: PostgreSQL has no cast between them. Declare how the values convert, as USING"
                    + " expressions over the old column and back over the new one: t.column(\"created\","
                    + " ...).convertedUsing(\"<upgrade expression>\", \"<downgrade expression>\")", refused.getMessage());
            RefusedChangeException back = assertThrows(RefusedChangeException.class,
                    () -> engine.diff(old, converting(target, new ColumnConversion("to_timestamp(created)", null))));
            assertTrue(back.getMessage().contains("from timestamp with time zone to bigint in its downgrade"), back.getMessage());

            DiffResult diff = engine.diff(old, converting(target,
                    new ColumnConversion("to_timestamp(created)", "extract(epoch FROM created)::bigint")));
            assertTrue(diff.upgradeSql().contains("TYPE timestamp with time zone USING to_timestamp(created)"), diff.upgradeSql());
            assertTrue(diff.downgradeSql().contains("TYPE bigint USING extract(epoch FROM created)::bigint"), diff.downgradeSql());
            // the castable change beside it keeps the plain cast
            assertTrue(diff.upgradeSql().contains("TYPE bigint USING n::bigint"), diff.upgradeSql());
            assertFalse(diff.upgradeSql().contains("created::"), diff.upgradeSql());

            Apply.plan(a, diff.upgrade());
            assertEquals(target, inspector.inspect(a).model(), "the upgrade gives the new schema");
            assertEquals("1700000000 2", RepartitionByCopyTest.query(a,
                    "SELECT extract(epoch FROM created)::bigint, n FROM events WHERE id = 2"));
            Apply.plan(a, diff.downgrade());
            assertEquals(old, inspector.inspect(a).model(), "the downgrade gives the old schema");
            assertEquals("0 1700000000", RepartitionByCopyTest.query(a,
                    "SELECT min(created), max(created) FROM events"));
        }
    }

    private static SchemaModel converting(SchemaModel model, ColumnConversion conversion) {
        return model.withTables(model.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals("created") ? c.withConversion(conversion) : c).toList())).toList());
    }
}
