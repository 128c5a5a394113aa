package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code retort inspect --format java} prints for danbooru (extensions, functions, views, 65 tables and about
 * 400 indexes) compiles and, built and normalized, compares empty against the same database, as for pagila
 * ({@link PagilaJavaSourceTest}).
 */
class DanbooruJavaSourceTest {

    @Test
    void inspectedAsJavaCompiledAndBuiltItDiffsEmptyAgainstTheDatabase(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Pagila.load(c, Pagila.DANBOORU);
            SchemaModel inspected = new PostgresInspector().inspect(c).model();

            String source = JavaSourceWriter.write(inspected, "app.db", "DanbooruSchema");
            SchemaModel declared = PagilaJavaSourceTest.compileAndBuild(source, "DanbooruSchema", dir);

            // no prelude: the extensions and functions the indexes use are declared in the source
            assertTrue(source.contains("s.extension(\"pg_trgm\")"), source);
            SchemaModel normalized = new Normalizer(TestDatabases.server()).normalize(declared);
            DiffResult diff = new DiffEngine().diff(inspected, normalized);
            assertTrue(diff.isEmpty(), () -> "differences: " + diff.changes() + "\n" + diff.upgrade().sql());
            assertEquals(inspected.tables().size(), declared.tables().size());
            assertEquals(inspected.objects().size(), declared.objects().size());
        }
    }
}
