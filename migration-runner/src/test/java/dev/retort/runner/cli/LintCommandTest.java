package dev.retort.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort lint}: pending migrations of a real database by default, explicit files, --all, JSON, exit codes. */
class LintCommandTest {

    static final String V1 = "20261101000000";
    static final String V2 = "20261102000000";
    static final String V3 = "20261103000000";

    @TempDir
    Path dir;
    TestDatabase db;
    Project project;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        project = new Project(dir, db)
                .migration(V1, "create_users", "-- retort:parent base\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
                        + "CREATE INDEX ix_users_email ON users (email);\n", "DROP TABLE users;\n");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void pendingMigrationsAreLintedAgainstWhatTheDatabaseAlreadyHas() {
        assertEquals(0, project.run("upgrade", "head").code());
        project.migration(V2, "index_email", "-- retort:parent " + V1 + "\nCREATE UNIQUE INDEX uq_users_email ON users (email);\n",
                "DROP INDEX uq_users_email;\n");
        CliRun run = project.run("lint");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().contains("db/migration/V" + V2 + "__index_email.sql:2: error RL001 blocking-index-build"), run.out());
        assertFalse(run.out().contains("V" + V1), "applied migrations are not linted by default:\n" + run.out());
        assertTrue(run.out().endsWith("1 file: 1 error, 0 warnings\n"), run.out());
    }

    @Test
    void aTableCreatedInTheSameFileIsNewSoItsIndexesLockNobody() {
        CliRun run = project.run("lint");
        assertEquals(0, run.code(), run.toString());
        assertEquals("1 file: 0 errors, 0 warnings\n", run.out());
    }

    @Test
    void explicitFilesNeedNoDatabaseAndAMissingDowngradeIsAnError() {
        project.write("V" + V3 + "__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n");
        CliRun run = CliRun.run(dir, Map.of(), "lint", "db/migration/V" + V3 + "__drop_email.sql", "--format", "json");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().startsWith("{\"files\":1,\"errors\":2,\"warnings\":0,\"findings\":[{\"rule\":\"RL008\""), run.out());
        assertTrue(run.out().contains("\"rule\":\"RL014\",\"name\":\"missing-downgrade\""), run.out());
    }

    @Test
    void allLintsEveryMigrationWithoutADatabaseEachFileOnItsOwn() {
        project.migration(V2, "backfill", "-- retort:parent " + V1 + "\nALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();\n",
                "ALTER TABLE users DROP COLUMN token;\n");
        CliRun run = CliRun.run(dir, Map.of(), "lint", "--all");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().contains("V" + V2 + "__backfill.sql:2: error RL007 rewriting-add-column"), run.out());
        assertTrue(run.out().endsWith("2 files: 1 error, 0 warnings\n"), run.out());
    }

    @Test
    void badInputIsAClearErrorNotAStackTrace() {
        CliRun missing = CliRun.run(dir, Map.of(), "lint", "nope.sql");
        assertEquals(RetortCli.ERROR, missing.code());
        assertTrue(missing.err().contains("lint: no file nope.sql"), missing.err());
        CliRun format = CliRun.run(dir, Map.of(), "lint", "--all", "--format", "xml");
        assertEquals(RetortCli.ERROR, format.code());
        assertTrue(format.err().contains("--format takes text or json"), format.err());
        assertFalse(format.err().contains("Exception"), format.err());
    }

    @Test
    void rulesAreListed() {
        CliRun run = CliRun.run(dir, Map.of(), "lint", "--rules");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("RL001 blocking-index-build (error): "), run.out());
        assertEquals(14, run.out().lines().count());
    }
}
