package dev.retort.runner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static dev.retort.runner.cli.UnmanagedDifferencesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change that an unmanaged object depends on is refused naming it, never written as SQL that fails halfway;
 * the printed script is atomic; scope and the declaration side follow the honesty rule.
 */
class UnmanagedDependentsTest {

    @TempDir
    Path dir;

    @Test
    void aDropOfAColumnThatAnUnmanagedRuleUsesIsRefusedNamingTheRule() throws Exception {
        try (TestDatabase from = TestDatabases.fresh(); TestDatabase to = TestDatabases.fresh()) {
            run(from, List.of("CREATE TABLE foobar (id int PRIMARY KEY, buzz int)",
                    "CREATE TABLE other (id int)",
                    "CREATE RULE r AS ON INSERT TO other DO ALSO UPDATE foobar SET buzz = buzz + 1",
                    "CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at)"));
            run(to, List.of("CREATE TABLE foobar (id int PRIMARY KEY)",
                    "CREATE TABLE other (id int)",
                    "CREATE RULE r AS ON INSERT TO other DO ALSO UPDATE foobar SET id = id",
                    "CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at)"));
            new Project(dir, from);
            String a = Project.postgresqlForm(from.url());
            String b = Project.postgresqlForm(to.url());

            CliRun refused = CliRun.run(dir, Map.of(), "diff", "--from", a, "--to", b);
            assertEquals(RetortCli.ERROR, refused.code(), refused.toString());
            assertTrue(refused.err().contains("drop column public.foobar.buzz")
                    || refused.err().contains("public.foobar.buzz"), refused.err());
            assertTrue(refused.err().contains("rule r on public.other depends on it"), refused.err());
            assertTrue(refused.err().contains("--allow-unmanaged-dependents"), refused.err());
            assertEquals("", refused.out(), "no SQL that fails halfway");

            CliRun allowed = CliRun.run(dir, Map.of(), "diff", "--from", a, "--to", b, "--allow-unmanaged-dependents",
                    "--exit-code");
            assertEquals(Differences.UNMANAGED, allowed.code(), allowed.toString());
            assertTrue(allowed.out().contains("HAS_UNTRACKABLE_DEPENDENCIES"), allowed.out());
            assertTrue(allowed.err().contains("rule public.other.r: differs"), allowed.err());
            assertFalse(allowed.out().contains("DROP TABLE"), "nothing the target keeps is dropped: " + allowed.out());
        }
    }

    @Test
    void aDropOfAColumnThatTheTablesOwnRuleReadsIsRefusedNamingTheRule() throws Exception {
        try (TestDatabase from = TestDatabases.fresh(); TestDatabase to = TestDatabases.fresh()) {
            run(from, List.of("CREATE TABLE foobar (id int PRIMARY KEY, buzz int)",
                    "CREATE RULE keep_buzz AS ON UPDATE TO foobar WHERE new.buzz IS NULL DO INSTEAD NOTHING"));
            run(to, List.of("CREATE TABLE foobar (id int PRIMARY KEY)",
                    "CREATE RULE keep_buzz AS ON UPDATE TO foobar WHERE new.id IS NULL DO INSTEAD NOTHING"));
            new Project(dir, from);
            CliRun refused = CliRun.run(dir, Map.of(), "diff", "--from", Project.postgresqlForm(from.url()),
                    "--to", Project.postgresqlForm(to.url()));
            assertEquals(RetortCli.ERROR, refused.code(), refused.toString());
            assertTrue(refused.err().contains("public.foobar.buzz"), refused.err());
            assertTrue(refused.err().contains("rule keep_buzz on public.foobar depends on it"), refused.err());
            assertEquals("", refused.out(), "no SQL that fails halfway");
        }
    }

    @Test
    void aDropOfAColumnThatExtendedStatisticsCoverIsPlannedWithTheUntrackableHazard() throws Exception {
        try (TestDatabase from = TestDatabases.fresh(); TestDatabase to = TestDatabases.fresh()) {
            // PostgreSQL drops the statistics object with the column (an automatic dependency): it is lost unsaid
            // unless the plan names it
            run(from, List.of("CREATE TABLE foobar (id int PRIMARY KEY, a int, b int, c int)",
                    "CREATE STATISTICS st_ab ON a, b FROM foobar"));
            run(to, List.of("CREATE TABLE foobar (id int PRIMARY KEY, b int, c int)"));
            new Project(dir, from);
            CliRun refused = CliRun.run(dir, Map.of(), "diff", "--from", Project.postgresqlForm(from.url()),
                    "--to", Project.postgresqlForm(to.url()));
            assertEquals(RetortCli.ERROR, refused.code(), refused.toString());
            assertTrue(refused.err().contains("public.foobar.a"), refused.err());
            assertTrue(refused.err().contains("st_ab"), refused.err());
            CliRun allowed = CliRun.run(dir, Map.of(), "diff", "--from", Project.postgresqlForm(from.url()),
                    "--to", Project.postgresqlForm(to.url()), "--allow-unmanaged-dependents", "--exit-code");
            assertTrue(allowed.out().contains("HAS_UNTRACKABLE_DEPENDENCIES"), allowed.out());
        }
    }

    @Test
    void thePrintedScriptIsOneTransactionWithConcurrentStatementsOutside() throws Exception {
        try (TestDatabase from = TestDatabases.fresh(); TestDatabase to = TestDatabases.fresh()) {
            run(from, List.of("CREATE TABLE foobar (id int PRIMARY KEY, buzz int)"));
            run(to, List.of("CREATE TABLE foobar (id int PRIMARY KEY, buzz int, extra text)",
                    "CREATE INDEX ix_buzz ON foobar (buzz)"));
            new Project(dir, from);
            CliRun diff = CliRun.run(dir, Map.of(), "diff", "--from", Project.postgresqlForm(from.url()),
                    "--to", Project.postgresqlForm(to.url()), "--exit-code");
            assertEquals(RetortCli.DIFFERENCES, diff.code(), diff.toString());
            String sql = diff.out();
            int begin = sql.indexOf("BEGIN;");
            int add = sql.indexOf("ADD COLUMN");
            int commit = sql.indexOf("COMMIT;");
            assertTrue(begin >= 0 && begin < add && add < commit, sql);
            int index = sql.indexOf("CREATE INDEX");
            if (sql.contains("CONCURRENTLY")) {
                assertTrue(index > commit && sql.contains("-- outside a transaction"), sql);
            } else {
                assertTrue(begin < index && index < commit, sql);
            }
            try (var c = from.connect(); var s = c.createStatement()) {
                s.execute(sql);   // what psql -f runs; the JDBC driver sends it as one simple query
            }
            CliRun after = CliRun.run(dir, Map.of(), "diff", "--from", Project.postgresqlForm(from.url()),
                    "--to", Project.postgresqlForm(to.url()), "--exit-code");
            assertEquals(0, after.code(), after.toString());
        }
    }

    @Test
    void twoDatabasesAreComparedOverEverySchemaUnlessSchemasAreGiven() throws Exception {
        try (TestDatabase from = TestDatabases.fresh(); TestDatabase to = TestDatabases.fresh()) {
            run(to, List.of("CREATE SCHEMA billing", "CREATE TABLE billing.invoice (id int PRIMARY KEY)"));
            new Project(dir, from);
            String a = Project.postgresqlForm(from.url());
            String b = Project.postgresqlForm(to.url());
            CliRun all = CliRun.run(dir, Map.of(), "diff", "--from", a, "--to", b, "--exit-code");
            assertEquals(RetortCli.DIFFERENCES, all.code(), all.toString());
            assertTrue(all.out().contains("CREATE SCHEMA") && all.out().contains("billing.invoice"), all.out());
            CliRun onlyPublic = CliRun.run(dir, Map.of(), "diff", "--from", a, "--to", b, "--exit-code",
                    "--schemas", "public");
            assertEquals(0, onlyPublic.code(), onlyPublic.toString());
        }
    }

    @Test
    void aLiveDatabaseWithARuleTheDeclarationLacksFailsCheckWithExit3() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project project = new Project(dir, db);
            String users = "--definition=" + TestSchemas.Users.class.getName();
            assertEquals(0, project.run("revision", "-m", "users", "--autogenerate", users).code());
            assertEquals(0, project.run("upgrade", users).code());
            CliRun ok = project.run("check", users);
            assertEquals(0, ok.code(), ok.toString());
            run(db, List.of("CREATE RULE user_names AS ON DELETE TO users DO INSTEAD NOTHING"));
            CliRun check = project.run("check", users);
            assertEquals(Differences.UNMANAGED, check.code(), check.toString());
            assertTrue(check.out().contains("not managed by Retort: rule public.users.user_names: only in the source"),
                    check.toString());
            CliRun inspect = project.run("inspect", "--format", "sql", "--list-unmanaged");
            assertTrue(inspect.err().contains("managed by Retort: 1 table"), inspect.err());
            assertTrue(inspect.err().contains("  - rule public.users.user_names"), inspect.err());
        }
    }
}
