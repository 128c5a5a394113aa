package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The round-trip law on a real PostgreSQL, for every kind of change: build A with {@code createAll}, apply the
 * upgrade of diff(A, B) and read back exactly B; apply its downgrade and read back exactly A; diff(B, B) is empty.
 */
class ChangeKindRoundTripTest {

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    static Stream<RoundTripCase> cases() {
        List<RoundTripCase> all = new ArrayList<>();
        all.addAll(TableCases.all());
        all.addAll(ConstraintCases.all());
        all.addAll(IndexCases.all());
        all.addAll(TypeCases.all());
        all.addAll(HostileCases.all());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upgradeReachesBAndDowngradeReturnsToA(RoundTripCase c) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection conn = db.connect()) {
            assumeTrue(conn.getMetaData().getDatabaseMajorVersion() >= c.minimumMajor(),
                    () -> c.name() + " needs PostgreSQL " + c.minimumMajor());
            SchemaModel a = modelOf(conn, c.before(), c.schemas());
            SchemaModel declaredB = c.declare().apply(modelOf(conn, c.after(), c.schemas()));
            SchemaModel b = withoutHints(declaredB);
            assertTrue(engine.diff(b, b).isEmpty(), "diff(B, B) is empty");
            DiffResult result = engine.diff(a, declaredB);
            assertFalse(result.isEmpty(), "A and B differ");

            Apply.plan(conn, engine.createAll(a));
            assertEquals(a, inspect(conn, c.schemas()), "createAll(A) builds exactly A");
            Apply.plan(conn, result.upgrade());
            SchemaModel upgraded = inspect(conn, c.schemas());
            assertEquals(b, upgraded, () -> "upgrade reaches B:\n" + result.upgradeSql());
            assertTrue(engine.diff(upgraded, b).isEmpty());
            Apply.plan(conn, result.downgrade());
            SchemaModel downgraded = inspect(conn, c.schemas());
            assertTrue(engine.diff(downgraded, a).isEmpty(), () -> "downgrade returns to A:\n" + result.downgradeSql());
            if (c.reordersColumns()) {
                // PostgreSQL cannot add a column at a position: a dropped middle column comes back last
                assertEquals(columnsByName(a), columnsByName(downgraded), result::downgradeSql);
            } else {
                assertEquals(a, downgraded, () -> "downgrade returns to A:\n" + result.downgradeSql());
            }
        }
    }

    /** Builds {@code ddl} in the database, reads it, and empties the database again (cheaper than a new one). */
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

    private static SchemaModel columnsByName(SchemaModel model) {
        return model.withTables(model.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .sorted(Comparator.comparing(Column::name)).toList())).toList());
    }

    private SchemaModel inspect(Connection conn, List<String> schemas) {
        return inspector.inspect(conn, schemas).model();
    }

    private static SchemaModel withoutHints(SchemaModel model) {
        return model.withTables(model.tables().stream().map(ChangeKindRoundTripTest::withoutHints).toList());
    }

    private static Table withoutHints(Table table) {
        return table.withRenamedFrom(null).withColumns(table.columns().stream().map(c -> c.withRenamedFrom(null)).toList());
    }
}
