package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which database a command uses: a URL when one is given; the embedded one only when the project opts in
 * ({@code retort.database=embedded} or {@code --embedded}) and has a project file; otherwise an error that names the
 * three ways, whatever CI or an empty DATABASE_URL say. No rule ever leaves a {@code .retort/} folder behind.
 */
class DatabaseChoiceTest {

    @TempDir
    Path dir;

    private static final String THREE_WAYS = "give one of: --url postgresql://user@host:5432/db, the environment"
            + " variable DATABASE_URL, or retort.database=embedded in ";

    @Test
    void aFolderWithoutAProjectFileNeverGetsAnEmbeddedDatabase() {
        CliRun plain = CliRun.run(dir, Map.of(), "current");
        assertEquals(RetortCli.ERROR, plain.code(), plain.toString());
        assertTrue(plain.err().contains("no database given; " + THREE_WAYS + "retort.properties (or --embedded)"),
                plain.err());
        CliRun embedded = CliRun.run(dir, Map.of(), "current", "--embedded");
        assertEquals(RetortCli.ERROR, embedded.code(), embedded.toString());
        assertTrue(embedded.err().contains("--embedded needs a project: no retort.properties in " + dir
                + " or a folder above it"), embedded.err());
        assertTrue(embedded.err().contains("run `retort init` there first"), embedded.err());
        assertFalse(Files.exists(dir.resolve(".retort")));
    }

    @Test
    void aProjectThatDoesNotOptInNeedsAUrlEvenWhenDatabaseUrlIsEmptyOrInCi() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "retort.migrations=db/migration\n");
        CliRun none = CliRun.run(dir, Map.of(), "current");
        assertEquals(RetortCli.ERROR, none.code(), none.toString());
        assertTrue(none.err().contains("no database given; " + THREE_WAYS + dir.resolve("retort.properties")), none.err());
        CliRun empty = CliRun.run(dir, Map.of("DATABASE_URL", ""), "upgrade");
        assertEquals(RetortCli.ERROR, empty.code(), empty.toString());
        assertTrue(empty.err().contains("DATABASE_URL is set but empty; " + THREE_WAYS), empty.err());
        CliRun ci = CliRun.run(dir, Map.of("CI", "true"), "upgrade");
        assertEquals(RetortCli.ERROR, ci.code(), ci.toString());
        assertTrue(ci.err().contains("CI is set and the project does not opt in to the embedded database; "), ci.err());
        assertFalse(Files.exists(dir.resolve(".retort")));
    }

    @Test
    void aValueOtherThanEmbeddedIsExplained() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "retort.database=embeded\n");
        CliRun run = CliRun.run(dir, Map.of(), "current");
        assertEquals(RetortCli.ERROR, run.code(), run.toString());
        assertTrue(run.err().contains("retort.database=embeded is not understood: the only value is embedded"), run.err());
    }

    @Test
    void theUrlWinsOverTheProjectsOptInAndEmbeddedConflictsWithUrl() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "retort.database=embedded\n");
        try (TestDatabase db = TestDatabases.fresh()) {
            CliRun viaEnv = CliRun.run(dir, Map.of("DATABASE_URL", Project.postgresqlForm(db.url()), "CI", "true"), "current");
            assertEquals(0, viaEnv.code(), viaEnv.toString());
            assertEquals("base (head)", viaEnv.out().strip());
            assertFalse(viaEnv.err().contains("embedded"), viaEnv.err());
        }
        CliRun both = CliRun.run(dir, Map.of(), "current", "--embedded", "--url", "postgresql://localhost/x");
        assertEquals(RetortCli.ERROR, both.code(), both.toString());
        assertTrue(both.err().contains("--embedded and --url both name the database"), both.err());
        assertFalse(Files.exists(dir.resolve(".retort")));
    }

    @Test
    void libpqVariablesCompleteAUrlThatLeavesThemOut() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "retort.migrations=db/migration\n");
        try (TestDatabase db = TestDatabases.fresh()) {
            Path pgpass = Files.writeString(dir.resolve("pgpass"), "# host:port:database:user:password\n"
                    + "otherhost:*:*:*:wrong\n*:" + db.url().port() + ":" + db.url().database() + ":" + db.url().user()
                    + ":" + (db.url().password() == null ? "" : db.url().password()) + "\n");
            Map<String, String> env = Map.of("PGHOST", db.url().host(), "PGPORT", Integer.toString(db.url().port()),
                    "PGUSER", db.url().user(), "PGDATABASE", db.url().database(), "PGPASSFILE", pgpass.toString(),
                    "DATABASE_URL", "postgresql://");
            CliRun run = CliRun.run(dir, env, "current");
            assertEquals(0, run.code(), run.toString());
            assertEquals("base (head)", run.out().strip());
        }
    }

    @Test
    void aUrlWithoutADatabaseIsAnError() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "");
        CliRun run = CliRun.run(dir, Map.of("DATABASE_URL", "postgresql://app:secret@db1:5432"), "current");
        assertEquals(RetortCli.ERROR, run.code(), run.toString());
        assertTrue(run.err().contains("the database URL postgresql://app:***@db1:5432/ names no database; add it after"
                + " the host (postgresql://host:5432/mydb) or set PGDATABASE"), run.err());
        assertFalse(run.err().contains("secret"), run.err());
    }

    @Test
    void checkCreatesItsScratchDatabasesOnTheDevUrlServer() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); TestDatabase dev = TestDatabases.fresh()) {
            Project project = new Project(dir, db);
            String definition = "--definition=" + TestSchemas.UsersAndPosts.class.getName();
            CliRun unreachable = project.run("check", definition, "--dev-url", "postgresql://"
                    + db.url().user() + "@" + db.url().host() + ":1/postgres");
            assertEquals(RetortCli.ERROR, unreachable.code(), unreachable.toString());
            assertTrue(unreachable.err().contains(":1/postgres"), unreachable.err());
            CliRun ok = project.run("check", definition, "--dev-url", Project.postgresqlForm(dev.url()));
            assertEquals(RetortCli.DIFFERENCES, ok.code(), ok.toString());
            assertTrue(ok.out().contains("differs from the declaration"), ok.out());
        }
    }
}
