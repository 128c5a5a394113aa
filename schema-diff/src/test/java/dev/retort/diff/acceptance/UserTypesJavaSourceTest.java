package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.dsl.JavaSourceWriter;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Domains, composite and range types read from a database, written as Java, compiled and built: the declaration
 * normalizes (no prelude) to exactly the database, types over types and columns of them included.
 */
class UserTypesJavaSourceTest {

    @Test
    void inspectedTypesAsJavaDiffEmptyAgainstTheDatabase(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA shop");
            s.execute("CREATE DOMAIN shop.qty AS integer NOT NULL DEFAULT 1 CONSTRAINT qty_positive CHECK (VALUE > 0)");
            s.execute("ALTER DOMAIN shop.qty ADD CONSTRAINT qty_small CHECK (VALUE < 1000) NOT VALID");
            s.execute("COMMENT ON DOMAIN shop.qty IS 'how many'");
            s.execute("CREATE DOMAIN shop.code AS varchar(12) COLLATE \"C\"");
            s.execute("CREATE TYPE shop.money_range AS RANGE (subtype = numeric)");
            s.execute("CREATE TYPE shop.line AS (product shop.code, qty shop.qty, prices shop.money_range, note text COLLATE \"C\")");
            s.execute("CREATE TYPE shop.empty AS ()");
            s.execute("CREATE TABLE shop.orders (id bigint PRIMARY KEY, lines shop.line[], total shop.money_range,"
                    + " totals shop.money_multirange, code shop.code)");
            SchemaModel inspected = new PostgresInspector().inspect(c, java.util.List.of("shop")).model();
            assertEquals(5, inspected.objects().size(), inspected.objects().toString());

            String source = JavaSourceWriter.write(inspected, "app.db", "ShopSchema");
            SchemaModel declared = PagilaJavaSourceTest.compileAndBuild(source, "ShopSchema", dir);
            SchemaModel normalized = new Normalizer(TestDatabases.server()).normalize(declared);
            assertTrue(new DiffEngine().diff(inspected, normalized).isEmpty(),
                    () -> "differences: " + new DiffEngine().diff(inspected, normalized).changes() + "\n" + source);
        }
    }
}
