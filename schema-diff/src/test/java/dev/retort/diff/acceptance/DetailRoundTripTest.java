package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Details that must survive a round trip, on a real PostgreSQL: for each case the upgrade is exactly the expected
 * statements with the expected hazards, it reaches B, its downgrade returns to A, and diff(B, B) is empty.
 */
class DetailRoundTripTest {

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    static Stream<DetailCase> cases() {
        List<DetailCase> all = new ArrayList<>();
        all.addAll(ConstraintDetailCases.all());
        all.addAll(ColumnDetailCases.all());
        all.addAll(RenameDetailCases.all());
        all.addAll(IndexDetailCases.all());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansTheDetailAndRoundTrips(DetailCase d) throws Exception {
        RoundTripCase c = d.roundTrip();
        try (TestDatabase db = TestDatabases.fresh(); Connection conn = db.connect()) {
            assumeTrue(conn.getMetaData().getDatabaseMajorVersion() >= c.minimumMajor(),
                    () -> c.name() + " needs PostgreSQL " + c.minimumMajor());
            SchemaModel a = modelOf(conn, c.before(), c.schemas());
            SchemaModel declaredB = c.declare().apply(modelOf(conn, c.after(), c.schemas()));
            SchemaModel b = withoutHints(declaredB);
            assertTrue(engine.diff(b, b).isEmpty(), "diff(B, B) is empty");
            assertTrue(engine.diff(a, a).isEmpty(), "diff(A, A) is empty");
            DiffResult result = engine.diff(a, declaredB);
            assertEquals(d.upgrade(), statements(result.upgrade()), "the upgrade");
            assertEquals(d.hazards(), result.upgrade().hazards(), "the upgrade's hazards");
            if (d.downgrade() != null) {
                assertEquals(d.downgrade(), statements(result.downgrade()), "the downgrade");
            }

            try (Statement s = conn.createStatement()) {
                for (String sql : d.prelude()) {
                    s.execute(sql);
                }
            }
            Apply.plan(conn, engine.createAll(a));
            assertEquals(a, inspect(conn, c.schemas()), "createAll(A) builds exactly A");
            Apply.plan(conn, result.upgrade());
            assertEquals(b, inspect(conn, c.schemas()), () -> "upgrade reaches B:\n" + result.upgradeSql());
            Apply.plan(conn, result.downgrade());
            assertEquals(a, inspect(conn, c.schemas()), () -> "downgrade returns to A:\n" + result.downgradeSql());
        }
    }

    private static List<String> statements(MigrationPlan plan) {
        return plan.statements().stream().map(PlannedStatement::sql).toList();
    }

    /** Builds {@code ddl} in the database, reads it, and empties the database again. */
    private SchemaModel modelOf(Connection conn, List<String> ddl, List<String> schemas) throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
            SchemaModel model = inspect(conn, schemas);
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + Identifiers.quote(schema) + " CASCADE");
            }
            s.execute("CREATE SCHEMA public");
            return model;
        }
    }

    private SchemaModel inspect(Connection conn, List<String> schemas) {
        return inspector.inspect(conn, schemas).model();
    }

    private static SchemaModel withoutHints(SchemaModel model) {
        return model.withTables(model.tables().stream().map(DetailRoundTripTest::withoutHints).toList());
    }

    private static Table withoutHints(Table table) {
        return table.withRenamedFrom(null).withColumns(table.columns().stream().map(col -> col.withRenamedFrom(null)).toList());
    }
}
