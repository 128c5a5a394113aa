package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.RepartitionTable;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.kind.table.PartitioningRefused;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.Repartitioning;
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
 * again: the diff is refused with the table's name, the declaration that allows the conversion and the pattern that
 * keeps the rows, in both directions and in the plain and lock-safe plans; with the declaration, it is converted by
 * copying the rows (see RepartitionByCopyTest for the rows themselves). Where a table changes its membership instead (attach, detach, inherit), no plan of
 * either direction drops a table that the target still has.
 */
class PartitioningConversionTest {

    private static final String PLAIN = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at));"
            + " CREATE TABLE events_2026 (id bigint NOT NULL, at date NOT NULL);";
    private static final String ALONE = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at));";
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
                new Conversion("a plain table alone to partitioned", ALONE, RANGE, "public.events"),
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
                assertTrue(refused.getMessage().contains("t.repartitionByCopyingRows()"), refused.getMessage());
            }
        }
    }

    /**
     * With {@code repartitionByCopyingRows()} declared, the conversion of a table that is no partition is planned in
     * both directions without a DROP TABLE of a table the target has (the backup is the only table dropped); where the
     * copy cannot work (a partition converted, a partition name on both sides) it is refused saying why.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("conversions")
    void withTheDeclarationTheConversionIsPlannedOrRefusedSayingWhy(Conversion c) throws SQLException {
        SchemaModel[] models = models(c.from(), c.to());
        // beside ALONE and SUB (a partition converted in place), each fixture has a partition's name on both sides (a
        // plain events_2026, or one of another bound)
        boolean copies = c.from().equals(ALONE) || c.to().equals(SUB);
        for (DiffEngine engine : List.of(new DiffEngine(), DiffEngine.lockSafe())) {
            for (int direction = 0; direction < 2; direction++) {
                SchemaModel from = models[direction];
                SchemaModel to = flagged(models[1 - direction], c.table());
                if (!copies) {
                    PartitioningRefused refused = assertThrows(PartitioningRefused.class, () -> engine.diff(from, to));
                    assertTrue(refused.getMessage().startsWith("table " + c.table() + ": "), refused.getMessage());
                    continue;
                }
                DiffResult result = engine.diff(from, to);
                assertTrue(result.changes().stream().anyMatch(ch -> ch instanceof RepartitionTable), result.changes().toString());
                assertNoDropOfKeptTables(result.upgrade().statements(), to);
                assertNoDropOfKeptTables(result.downgrade().statements(), from);
            }
        }
    }

    static Stream<Conversion> refusedPartitions() {
        String identity = "CREATE TABLE events (id bigint GENERATED BY DEFAULT AS IDENTITY, at date NOT NULL,"
                + " PRIMARY KEY (id, at)) PARTITION BY RANGE (at);"
                + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')";
        String referenced = " CREATE TABLE marks (event_id bigint, event_at date, CONSTRAINT fk_marks_event"
                + " FOREIGN KEY (event_id, event_at) REFERENCES events (id, at));";
        String moved = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))"
                + " PARTITION BY RANGE (at);"
                + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2028-01-01')"
                + " PARTITION BY HASH (id);";
        return Stream.of(
                new Conversion("identity column", identity + ";", identity + " PARTITION BY HASH (id);", "identity column"),
                new Conversion("referenced parent", RANGE + referenced, SUB + referenced, "foreign key fk_marks_event"),
                new Conversion("another bound", RANGE, moved, "same parent with the same bound"),
                new Conversion("becomes a partition", PLAIN.replace("CREATE TABLE events_2026 (id bigint NOT NULL,"
                        + " at date NOT NULL);", "CREATE TABLE events_2026 (id bigint NOT NULL, at date NOT NULL,"
                        + " PRIMARY KEY (id, at));"), SUB, "same parent with the same bound"));
    }

    /** The variants of converting a partition that cannot be done safely are refused, naming it and the way around. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPartitions")
    void aPartitionIsConvertedOnlyWhereThatIsSafe(Conversion c) throws SQLException {
        SchemaModel[] models = models(c.from(), c.to());
        for (int direction = 0; direction < 2; direction++) {
            SchemaModel from = models[direction];
            SchemaModel to = flagged(models[1 - direction], "public.events_2026");
            PartitioningRefused refused = assertThrows(PartitioningRefused.class, () -> new DiffEngine().diff(from, to));
            assertTrue(refused.getMessage().startsWith("table public.events_2026: repartitionByCopyingRows() "),
                    refused.getMessage());
            // the table() field holds a part of the reason here
            assertTrue(refused.getMessage().contains(c.table()), refused.getMessage());
        }
    }

    private static SchemaModel flagged(SchemaModel model, String table) {
        return model.withTables(model.tables().stream().map(t -> t.name().toString().equals(table)
                ? t.withRepartitioning(Repartitioning.COPY_ROWS_DROP_BACKUP) : t).toList());
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
                assertFalse(statement.sql().equals("DROP TABLE " + table)
                        || statement.sql().startsWith("DROP TABLE " + table + " "), statement.sql());
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
