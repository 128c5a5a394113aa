package dev.retort.diff.kind.privileges;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.acceptance.Roles;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.NormalizationException;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.JavaSourceWriter;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.RowSecurity;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.AfterAll;
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
import java.sql.Statement;
import java.util.List;

import static dev.retort.schema.dsl.Types.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Row-level security, policies and privileges through the whole loop on a real PostgreSQL: inspected, written as
 * Java, compiled, built and normalized, they diff empty against the database; a grant to a role the server does not
 * have is an error naming the role before anything is built.
 */
class SecurityRoundTripTest {

    private static final List<String> ROLES = List.of("sec_rt_reader", "sec_rt_admin");

    @AfterAll
    static void dropRoles() {
        Roles.dropCreated();
    }

    @Test
    void inspectedAsJavaCompiledAndBuiltItDiffsEmpty(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            Roles.create(c, ROLES);
            for (String sql : List.of(
                    "CREATE SCHEMA app",
                    "CREATE TYPE mood AS ENUM ('ok', 'meh')",
                    "CREATE SEQUENCE app.counter",
                    "CREATE TABLE docs (id integer PRIMARY KEY, tenant integer, body text, feeling mood)",
                    "ALTER TABLE docs ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY",
                    "CREATE POLICY tenant ON docs TO sec_rt_reader USING (tenant = current_setting('app.tenant')::int)"
                            + " WITH CHECK (tenant > 0)",
                    "CREATE POLICY no_delete ON docs AS RESTRICTIVE FOR DELETE USING (false)",
                    "COMMENT ON POLICY no_delete ON docs IS 'keep everything'",
                    "GRANT SELECT, INSERT ON docs TO sec_rt_reader",
                    "GRANT UPDATE ON docs TO sec_rt_admin WITH GRANT OPTION",
                    "GRANT UPDATE (body) ON docs TO sec_rt_reader",
                    "GRANT SELECT ON docs TO PUBLIC",
                    "GRANT USAGE ON SCHEMA app TO sec_rt_reader",
                    "GRANT USAGE ON SEQUENCE app.counter TO sec_rt_reader",
                    "REVOKE USAGE ON TYPE mood FROM PUBLIC")) {
                s.execute(sql);
            }
            List<String> schemas = List.of("public", "app");
            SchemaModel inspected = new PostgresInspector().inspect(c, schemas).model();
            assertEquals(1, inspected.objects(RowSecurity.class).size());
            assertEquals(2, inspected.objects(Policy.class).size());
            assertEquals(5, inspected.objects(Privileges.class).size(), inspected.objects().toString());

            String source = JavaSourceWriter.write(inspected, "app.db", "SecuredSchema");
            SchemaModel declared = compileAndBuild(source, dir);
            SchemaModel normalized = new Normalizer(TestDatabases.server()).normalize(declared);
            assertTrue(new DiffEngine().diff(inspected, normalized).isEmpty(),
                    () -> "differences: " + new DiffEngine().diff(inspected, normalized).changes() + "\n" + source);
        }
    }

    @Test
    void aGrantToAMissingRoleIsAnErrorNamingIt() {
        SchemaModel declared = Schema.define(s -> {
            TableRef docs = s.table("docs", t -> t.column("id", integer()));
            s.grant("SELECT").onTable(docs).to("sec_nobody_has_this_role");
            s.policy("p", docs).to("sec_nor_this_one").using("id > 0");
        });
        NormalizationException e = assertThrows(NormalizationException.class,
                () -> new Normalizer(TestDatabases.server()).normalize(declared));
        String message = e.getMessage();
        assertTrue(message.contains("role \"sec_nobody_has_this_role\" does not exist (used by privileges on table"
                + " public.docs); Retort never creates roles: create it first"), message);
        assertTrue(message.contains("role \"sec_nor_this_one\" does not exist (used by policy public.docs.p)"), message);
        assertFalse(message.contains("statement:"), "nothing was built: " + message);
    }

    private static SchemaModel compileAndBuild(String source, Path dir) throws Exception {
        Path file = dir.resolve("app/db/SecuredSchema.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = javac.getTask(null, files, diagnostics, List.of("-d", dir.toString(), "-classpath",
                    System.getProperty("java.class.path"), "--release", "17"), null, files.getJavaFileObjects(file)).call();
            assertTrue(compiled, () -> "the generated source does not compile: " + diagnostics.getDiagnostics() + "\n" + source);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                SecurityRoundTripTest.class.getClassLoader())) {
            return ((SchemaDefinition) loader.loadClass("app.db.SecuredSchema").getDeclaredConstructor().newInstance())
                    .schema();
        }
    }
}
