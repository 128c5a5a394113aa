package dev.retort.diff.compare;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A function that must be recreated under a generated column is refused with the way around it. */
class BuiltInDependentsTest {

    @Test
    void aRecreatedFunctionUnderAGeneratedColumnIsRefusedNamingTheColumn() throws Exception {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh()) {
            SchemaModel from = build(a, "CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 1");
            SchemaModel to = build(b, "CREATE FUNCTION next_code() RETURNS bigint LANGUAGE sql IMMUTABLE RETURN 1");
            RefusedChangeException e = assertThrows(RefusedChangeException.class, () -> new DiffEngine().diff(from, to));
            assertTrue(e.getMessage().contains("function public.next_code() must be dropped and created again, but the"
                    + " generation expression of column public.codes.code uses it"), e.getMessage());
            assertTrue(e.getMessage().contains("Migrate in two steps"), e.getMessage());
        }
    }

    private static SchemaModel build(TestDatabase db, String function) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(function);
            s.execute("CREATE TABLE codes (id bigint, code bigint GENERATED ALWAYS AS (next_code() + id) STORED)");
            return new PostgresInspector().inspect(c).model();
        }
    }
}
