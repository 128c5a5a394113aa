package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.dsl.JavaSourceWriter;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partition's parts of its parent's indexes are part of the schema: their names (declared in the DSL where they are
 * not the ones PostgreSQL gives) and whether one is attached at all. Two databases that differ only there are not
 * equal, the Java source of an inspected schema keeps the names, and leaving a copy unattached is refused by name.
 */
class PartitionIndexCopyTest {

    private static final List<String> DDL = List.of(
            "CREATE TABLE measurement (city_id bigint NOT NULL, logdate date NOT NULL, PRIMARY KEY (city_id, logdate))"
                    + " PARTITION BY RANGE (logdate)",
            "CREATE INDEX measurement_city_idx ON measurement (city_id)",
            "CREATE TABLE measurement_y2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
            "CREATE TABLE measurement_y2026 PARTITION OF measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    @Test
    void copiesUnderOtherNamesAreADifferenceAndTheDeclaredNameIsKept(@TempDir Path dir) throws Exception {
        try (TestDatabase plain = TestDatabases.fresh(); TestDatabase renamed = TestDatabases.fresh();
             Connection a = plain.connect(); Connection b = renamed.connect()) {
            run(a, DDL);
            run(b, DDL);
            run(b, List.of("ALTER INDEX measurement_y2025_city_id_idx RENAME TO m2025_by_city"));
            SchemaModel before = inspector.inspect(a, List.of("public")).model();
            SchemaModel after = inspector.inspect(b, List.of("public")).model();
            assertEquals(new IndexCopy("measurement_city_idx", "m2025_by_city"), after.table(
                    QualifiedName.of("public", "measurement_y2025")).orElseThrow().hierarchy().indexCopy("measurement_city_idx"));
            assertFalse(engine.diff(before, after).isEmpty(), "a renamed copy is a difference");

            // the DSL declares the name; normalized, it is the database's schema exactly
            SchemaModel declared = Schema.define(s -> {
                TableRef measurement = s.table("measurement", t -> {
                    t.column("city_id", bigint()).notNull();
                    t.column("logdate", date()).notNull();
                    t.primaryKey("city_id", "logdate").named("measurement_pkey");
                    t.index("city_id").named("measurement_city_idx");
                    t.partitionByRange("logdate");
                });
                s.partition("measurement_y2025", measurement, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                        t -> t.attachedIndexName("measurement_city_idx", "m2025_by_city"));
                s.partition("measurement_y2026", measurement, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
            });
            SchemaModel normalized = new Normalizer(TestDatabases.server()).normalize(declared);
            assertEquals(List.of(), engine.diff(after, normalized).changes());

            // and the Java source of the inspected schema names it, and only it
            String source = JavaSourceWriter.write(after, "app.db", "PagilaSchema");
            assertTrue(source.contains("t.attachedIndexName(\"measurement_city_idx\", \"m2025_by_city\");"), source);
            assertEquals(1, source.split("attachedIndexName", -1).length - 1, source);
            SchemaModel rebuilt = new Normalizer(TestDatabases.server()).normalize(
                    PagilaJavaSourceTest.compileAndBuild(source, dir));
            assertEquals(List.of(), engine.diff(after, rebuilt).changes());
        }
    }

    @Test
    void leavingACopyUnattachedIsRefusedNamingThePartitionAndTheIndex() throws Exception {
        try (TestDatabase attached = TestDatabases.fresh(); TestDatabase unattached = TestDatabases.fresh();
             Connection a = attached.connect(); Connection b = unattached.connect()) {
            List<String> table = List.of(
                    "CREATE TABLE foobar (id int NOT NULL, foo text NOT NULL) PARTITION BY LIST (foo)",
                    "CREATE TABLE foobar_1 PARTITION OF foobar FOR VALUES IN ('a')");
            run(a, table);
            run(a, List.of("CREATE INDEX foobar_foo_idx ON foobar (foo)"));
            run(b, table);
            run(b, List.of("CREATE INDEX foobar_foo_idx ON ONLY foobar (foo)"));
            SchemaModel from = inspector.inspect(a, List.of("public")).model();
            SchemaModel to = inspector.inspect(b, List.of("public")).model();
            RefusedChangeException e = assertThrows(RefusedChangeException.class, () -> engine.diff(from, to));
            assertTrue(e.getMessage().contains("partition public.foobar_1: its index foobar_1_foo_idx is attached to"
                    + " foobar_foo_idx"), e.getMessage());
            assertTrue(e.getMessage().contains("PostgreSQL cannot detach an index"), e.getMessage());
        }
    }

    @Test
    void anIndexInvalidForWantOfAttachedPartitionsIsModelledAndAnyOtherInvalidIndexIsReported() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            run(c, List.of(
                    "CREATE TABLE foobar (id int NOT NULL, foo text NOT NULL) PARTITION BY LIST (foo)",
                    "CREATE TABLE foobar_1 PARTITION OF foobar FOR VALUES IN ('a')",
                    "CREATE INDEX foobar_foo_idx ON ONLY foobar (foo)",
                    "CREATE TABLE plain (id int)",
                    "INSERT INTO plain VALUES (1), (1)"));
            // a unique index built concurrently over duplicates fails and stays, invalid
            assertThrows(java.sql.SQLException.class, () -> run(c, List.of("CREATE UNIQUE INDEX CONCURRENTLY plain_id_key ON plain (id)")));
            var inspection = inspector.inspect(c, List.of("public"));
            assertEquals(new IndexCopy("foobar_foo_idx", null), inspection.model().table(
                    QualifiedName.of("public", "foobar_1")).orElseThrow().hierarchy().indexCopy("foobar_foo_idx"));
            List<String> invalid = inspection.details().stream().filter(d -> d.detail().equals("valid"))
                    .map(d -> d.object().name()).toList();
            assertEquals(List.of("plain.plain_id_key"), invalid, inspection.details().toString());
        }
    }

    private static void run(Connection c, List<String> statements) throws Exception {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
