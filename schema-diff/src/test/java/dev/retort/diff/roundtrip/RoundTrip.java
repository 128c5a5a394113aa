package dev.retort.diff.roundtrip;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.diff.render.ScriptWriter;
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
        return check(a, b, List.of(), null, null);
    }

    /**
     * The law with data: {@code seed} runs after creating A; {@code probe} is a query whose rows are read after
     * the seed, the upgrade and the downgrade; {@code upgraded} is what it must return after the upgrade (rows
     * joined by newlines, columns by '|'), and after the downgrade it must return what it returned after the seed.
     */
    static DiffResult check(SchemaModel a, SchemaModel b, List<String> seed, String probe, String upgraded) {
        return check(a, b, seed, probe, probe, upgraded);
    }

    /** As above, with a different query for B ({@code probeB}) when tables or columns are renamed. */
    static DiffResult check(SchemaModel a, SchemaModel b, List<String> seed, String probe, String probeB, String upgraded) {
        DiffResult result = ENGINE.diff(a, b);
        assertFalse(result.isEmpty(), "A and B should differ");
        assertTrue(ENGINE.diff(b, b).isEmpty(), () -> "diff(B, B) should be empty: " + ENGINE.diff(b, b).changes());
        assertTrue(ENGINE.diff(a, a).isEmpty(), () -> "diff(A, A) should be empty: " + ENGINE.diff(a, a).changes());
        if (!hasRenameHints(b)) {
            // without declared renames, diffing backwards must find exactly the inverses the downgrade is made of
            assertEquals(sortedText(DiffEngine.inverses(result.changes())), sortedText(ENGINE.diff(b, a).changes()),
                    "diff(B, A) should be the inverses of diff(A, B)");
        }
        // models built in memory have no dependencies: plan with those of A and B as PostgreSQL records them
        result = ENGINE.diff(a.withDependencies(dependenciesOf(a)), b.withDependencies(dependenciesOf(b)));
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            apply(c, ENGINE.createAll(a), "create A");
            assertMatches(c, a, "after creating A");
            for (String sql : seed) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }
            String seeded = probe == null ? null : rows(c, probe);
            apply(c, result.upgrade(), "upgrade");
            assertMatches(c, b, "after the upgrade");
            if (probe != null) {
                assertEquals(upgraded, rows(c, probeB), "data after the upgrade");
            }
            apply(c, result.downgrade(), "downgrade");
            assertMatches(c, a, "after the downgrade");
            if (probe != null) {
                assertEquals(seeded, rows(c, probe), "data after the downgrade");
            }
        } catch (SQLException e) {
            fail(e);
        }
        return result;
    }

    /** The dependencies of {@code model} built by its createAll plan in a fresh database. */
    static dev.retort.schema.model.Dependencies dependenciesOf(SchemaModel model) {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            apply(c, ENGINE.createAll(model), "create the model");
            return new dev.retort.diff.inspect.PostgresInspector().inspect(c, model.schemas()).model().dependencies();
        } catch (SQLException e) {
            return fail(e);
        }
    }

    /**
     * Applies a plan as a runner would: a transactional plan as its whole script text (header and hazard comments
     * included) in one transaction; otherwise statement by statement with autocommit.
     */
    static void apply(Connection c, MigrationPlan plan, String what) {
        if (plan.isTransactional()) {
            String script = new ScriptWriter().write(what, plan).sql();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute(script);
                c.commit();
                c.setAutoCommit(true);
            } catch (SQLException e) {
                fail(what + ": the script failed: " + e.getMessage() + "\n" + script, e);
            }
            return;
        }
        for (PlannedStatement statement : plan.statements()) {
            try (Statement s = c.createStatement()) {
                s.execute(statement.sql());
            } catch (SQLException e) {
                fail(what + ": " + statement.sql() + "\n  failed: " + e.getMessage() + "\nwhole plan:\n" + plan.sql(), e);
            }
        }
    }

    private static boolean hasRenameHints(SchemaModel model) {
        return model.tables().stream().anyMatch(t -> t.renamedFrom() != null
                || t.columns().stream().anyMatch(c -> c.renamedFrom() != null));
    }

    private static List<String> sortedText(List<SchemaChange> changes) {
        return changes.stream().map(SchemaChange::toString).sorted().toList();
    }

    static String rows(Connection c, String query) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new java.util.ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return String.join("\n", rows);
    }

    static void assertMatches(Connection c, SchemaModel expected, String when) {
        SchemaModel seen = new PostgresInspector().inspect(c, expected.schemas()).model();
        List<SchemaChange> changes = ENGINE.diff(seen, expected).changes();
        assertEquals("", changes.stream().map(SchemaChange::toString).collect(Collectors.joining("\n")),
                when + ": the database should read back as expected; remaining differences listed");
    }
}
