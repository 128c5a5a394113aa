package dev.retort.diff.roundtrip;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * RoundTrip checks the round-trip law on a real PostgreSQL: create A, apply up(diff(A, B)) and the database reads
 * back as B; apply the downgrade and it reads back as A; diff(B, B) is empty.
 */
final class RoundTrip {

    private static final DiffEngine ENGINE = new DiffEngine();

    private RoundTrip() {
    }

    /** Runs the law and returns the diff, for callers that also check the plan. */
    static DiffResult check(SchemaModel a, SchemaModel b) {
        DiffResult result = ENGINE.diff(a, b);
        assertFalse(result.isEmpty(), "A and B should differ");
        assertTrue(ENGINE.diff(b, b).isEmpty(), () -> "diff(B, B) should be empty: " + ENGINE.diff(b, b).changes());
        assertTrue(ENGINE.diff(a, a).isEmpty(), () -> "diff(A, A) should be empty: " + ENGINE.diff(a, a).changes());
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            apply(c, ENGINE.createAll(a), "create A");
            assertMatches(c, a, "after creating A");
            apply(c, result.upgrade(), "upgrade");
            assertMatches(c, b, "after the upgrade");
            apply(c, result.downgrade(), "downgrade");
            assertMatches(c, a, "after the downgrade");
        } catch (SQLException e) {
            fail(e);
        }
        return result;
    }

    /** Applies every statement with autocommit, so statements marked non-transactional behave as in a runner. */
    static void apply(Connection c, MigrationPlan plan, String what) {
        for (PlannedStatement statement : plan.statements()) {
            try (Statement s = c.createStatement()) {
                s.execute(statement.sql());
            } catch (SQLException e) {
                fail(what + ": " + statement.sql() + "\n  failed: " + e.getMessage() + "\nwhole plan:\n" + plan.sql(), e);
            }
        }
    }

    static void assertMatches(Connection c, SchemaModel expected, String when) {
        SchemaModel seen = new PostgresInspector().inspect(c, expected.schemas()).model();
        List<SchemaChange> changes = ENGINE.diff(seen, expected).changes();
        assertEquals("", changes.stream().map(SchemaChange::toString).collect(Collectors.joining("\n")),
                when + ": the database should read back as expected; remaining differences listed");
    }
}
