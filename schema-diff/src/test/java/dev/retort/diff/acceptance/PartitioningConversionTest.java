package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.kind.table.PartitioningRefused;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table that changes between plain and partitioned, or changes its partition key, is never dropped and created
 * again: the diff is refused with the table's name and the pattern that keeps the rows, in both directions and in
 * the plain and lock-safe plans. Where a table changes its membership instead (attach, detach, inherit), no plan of
 * either direction drops a table that the target still has.
 */
class PartitioningConversionTest {

    private static final String PLAIN = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at));"
            + " CREATE TABLE events_2026 (id bigint NOT NULL, at date NOT NULL);";
    private static final String RANGE = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))"
            + " PARTITION BY RANGE (at);"
            + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');";
    private static final String RANGE_PLAIN_PARTITION = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL,"
            + " PRIMARY KEY (id, at)) PARTITION BY RANGE (at);"
            + " CREATE TABLE events_2026 (id bigint NOT NULL, at date NOT NULL);";
    private static final String HASH = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))"
            + " PARTITION BY HASH (id);"
            + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES WITH (MODULUS 1, REMAINDER 0);";
    private static final String SUB = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))"
            + " PARTITION BY RANGE (at);"
            + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"
            + " PARTITION BY HASH (id);";

    record Conversion(String name, String from, String to, String table) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Conversion> conversions() {
        return Stream.of(
                new Conversion("plain table to partitioned", PLAIN, RANGE, "public.events"),
                new Conversion("partitioned table to plain", RANGE, PLAIN, "public.events"),
                new Conversion("range to hash partitioning", RANGE, HASH, "public.events"),
                new Conversion("a partition becomes sub-partitioned", RANGE, SUB, "public.events_2026"),
                new Conversion("a plain partitioned table keeps a plain sibling", RANGE_PLAIN_PARTITION, HASH, "public.events"));
    }

    static Stream<Conversion> memberships() {
        String inherits = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL);"
                + " CREATE TABLE events_2026 () INHERITS (events);";
        String separate = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL);"
                + " CREATE TABLE events_2026 (id bigint NOT NULL, at date NOT NULL);";
        return Stream.of(
                new Conversion("attach", RANGE_PLAIN_PARTITION, RANGE, "public.events_2026"),
                new Conversion("inherit", separate, inherits, "public.events_2026"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversions")
    void convertingIsRefusedNamingTheTableAndThePatternNeverDroppingIt(Conversion c) throws SQLException {
        SchemaModel[] models = models(c.from(), c.to());
        for (DiffEngine engine : List.of(new DiffEngine(), DiffEngine.lockSafe())) {
            for (int direction = 0; direction < 2; direction++) {
                SchemaModel from = models[direction];
                SchemaModel to = models[1 - direction];
                PartitioningRefused refused = assertThrows(PartitioningRefused.class, () -> engine.diff(from, to));
                assertTrue(refused.getMessage().startsWith("table " + c.table() + ": cannot change"), refused.getMessage());
                assertTrue(refused.getMessage().contains("copy the rows in batches"), refused.getMessage());
                assertTrue(refused.getMessage().contains("swap the names"), refused.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("memberships")
    void aChangeOfMembershipDropsNoTableTheTargetHas(Conversion c) throws SQLException {
        SchemaModel[] models = models(c.from(), c.to());
        for (DiffEngine engine : List.of(new DiffEngine(), DiffEngine.lockSafe())) {
            DiffResult result = engine.diff(models[0], models[1]);
            assertFalse(result.isEmpty());
            assertNoDropOfKeptTables(result.upgrade().statements(), models[1]);
            assertNoDropOfKeptTables(result.downgrade().statements(), models[0]);
            DiffResult back = engine.diff(models[1], models[0]);
            assertNoDropOfKeptTables(back.upgrade().statements(), models[0]);
        }
    }

    private static void assertNoDropOfKeptTables(List<PlannedStatement> statements, SchemaModel target) {
        Set<String> kept = target.tables().stream().map(Table::name).map(Object::toString).collect(Collectors.toSet());
        for (PlannedStatement statement : statements) {
            for (String table : kept) {
                assertFalse(statement.sql().startsWith("DROP TABLE " + table), statement.sql());
            }
        }
    }

    private static SchemaModel[] models(String from, String to) throws SQLException {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.connect(); Connection cb = b.connect()) {
            run(ca, from);
            run(cb, to);
            PostgresInspector inspector = new PostgresInspector();
            return new SchemaModel[] {inspector.inspect(ca).model(), inspector.inspect(cb).model()};
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : SqlScript.statements(sql)) {
                s.execute(statement);
            }
        }
    }
}
