package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.dsl.JavaSourceWriter;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.SchemaValidationException;
import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exclusion constraints inspected as Java source compile, build and diff empty against the database; a declaration
 * without what it excludes is refused, naming the constraint and the fix.
 */
class ExclusionJavaSourceTest {

    @Test
    void inspectedExclusionConstraintsAsJavaBuildTheSameCatalog(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "CREATE EXTENSION btree_gist",
                    "CREATE SCHEMA booking",
                    "CREATE TABLE booking.slots (id int PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL,"
                            + " cancelled boolean NOT NULL DEFAULT false)",
                    "ALTER TABLE booking.slots ADD CONSTRAINT slots_no_overlap EXCLUDE USING gist (room WITH =,"
                            + " during WITH &&) WHERE (NOT cancelled) DEFERRABLE",
                    "COMMENT ON CONSTRAINT slots_no_overlap ON booking.slots IS 'one booking at a time'",
                    "CREATE TABLE circles (c circle, EXCLUDE USING gist (c WITH &&))")) {
                s.execute(sql);
            }
            List<String> schemas = List.of("public", "booking");
            SchemaModel inspected = new PostgresInspector().inspect(c, schemas).model();
            List<ExclusionConstraint> read = inspected.objects(ExclusionConstraint.class);
            assertEquals(List.of("slots_no_overlap", "circles_c_excl"), read.stream().map(ExclusionConstraint::name).sorted(
                    java.util.Comparator.reverseOrder()).toList(), read.toString());

            String source = JavaSourceWriter.write(inspected, "app.db", "PagilaSchema");
            assertTrue(source.contains("exclusion(\"slots_no_overlap\", \"slots\").definition(\"EXCLUDE USING gist"), source);
            SchemaModel declared = PagilaJavaSourceTest.compileAndBuild(source, dir);
            SchemaModel normalized = new Normalizer(TestDatabases.server()).normalize(declared);
            assertEquals(List.of(), new DiffEngine().diff(inspected, normalized).changes());
            assertEquals(read, normalized.objects(ExclusionConstraint.class));
        }
    }

    @Test
    void anExclusionWithoutElementsIsRefusedNamingIt() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.table("circles", t -> t.column("c", dev.retort.schema.dsl.Types.builtin("circle")));
            s.exclusion("circles_disjoint", "circles");
        }));
        assertTrue(e.getMessage().contains("exclusion constraint circles_disjoint on public.circles: say what it excludes"),
                e.getMessage());
    }
}
