package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.JavaSourceWriter;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code retort inspect --format java} prints for pagila is a definition that compiles and, built and
 * normalized, compares empty against the same database: the way a team adopts Retort on an existing schema.
 */
class PagilaJavaSourceTest {

    @Test
    void inspectedAsJavaCompiledAndBuiltItDiffsEmptyAgainstTheDatabase(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Pagila.load(c);
            SchemaModel inspected = new PostgresInspector().inspect(c).model();

            String source = JavaSourceWriter.write(inspected, "app.db", "PagilaSchema");
            SchemaModel declared = compileAndBuild(source, dir);

            // no prelude for pagila's domains: they are declared in the source; its aggregate is not managed
            assertTrue(source.contains("yearType = s.domain(\"year\", integer())"), source);
            SchemaModel normalized = new Normalizer(TestDatabases.server()).withPrelude(PagilaTest.prelude(List.of()))
                    .normalize(declared);
            assertTrue(new DiffEngine().diff(inspected, normalized).isEmpty(),
                    () -> "differences: " + new DiffEngine().diff(inspected, normalized).changes());
            assertEquals(inspected.tables().size(), declared.tables().size());
        }
    }

    static SchemaModel compileAndBuild(String source, Path dir) throws Exception {
        return compileAndBuild(source, "PagilaSchema", dir);
    }

    /** Compiles {@code app.db.<className>} from {@code source} and builds its schema. */
    static SchemaModel compileAndBuild(String source, String className, Path dir) throws Exception {
        Path file = dir.resolve("app/db/" + className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = javac.getTask(null, files, diagnostics,
                    List.of("-d", dir.toString(), "-classpath", System.getProperty("java.class.path"), "--release", "17"),
                    null, files.getJavaFileObjects(file)).call();
            assertTrue(compiled, () -> "the generated source does not compile: " + diagnostics.getDiagnostics());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                PagilaJavaSourceTest.class.getClassLoader())) {
            Class<?> type = loader.loadClass("app.db." + className);
            return ((SchemaDefinition) type.getDeclaredConstructor().newInstance()).schema();
        }
    }
}
