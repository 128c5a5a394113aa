package dev.retort.runner.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** upgrade, downgrade, current, history, heads, stamp on a real PostgreSQL, output and exit codes asserted. */
class CoreCommandsTest {

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
                .migration(V1, "create_users", "-- retort:parent base\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n",
                        "DROP TABLE users;\n")
                .migration(V2, "create_posts", "-- retort:parent " + V1 + "\nCREATE TABLE posts (id bigint PRIMARY KEY,"
                        + " user_id bigint REFERENCES users (id));\nCREATE INDEX ix_posts_user ON posts (user_id);\n",
                        "DROP TABLE posts;\n")
                .migration(V3, "add_title", "-- retort:parent " + V2 + "\nALTER TABLE posts ADD COLUMN title text;\n",
                        "ALTER TABLE posts DROP COLUMN title;\n");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void upgradeHeadAppliesEveryMigrationAndPrintsASummary() throws SQLException {
        CliRun run = project.run("upgrade", "head");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("applied  V" + V1 + "__create_users.sql"), run.out());
        assertTrue(run.out().contains("applied  V" + V3 + "__add_title.sql"), run.out());
        assertTrue(run.out().contains("3 migrations applied; database at " + V3 + " (head); 3 tables, 5 indexes in public (2 tables and 3 indexes of the schema,"
                + " plus the history table and its 2 indexes)"),
                run.out());
        assertFalse(run.out().contains("password"), run.out());
        assertEquals(3, count("SELECT count(*) FROM flyway_schema_history WHERE success"));

        CliRun again = project.run("upgrade");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("nothing to apply; database at " + V3 + " (head)"), again.out());
    }

    @Test
    void upgradeByStepsAndToAVersion() {
        CliRun one = project.run("upgrade", "+1");
        assertEquals(0, one.code(), one.toString());
        assertTrue(one.out().contains("database at " + V1 + " (2 pending)"), one.out());
        CliRun toV2 = project.run("upgrade", V2);
        assertEquals(0, toV2.code(), toV2.toString());
        assertTrue(toV2.out().contains("applied  V" + V2), toV2.out());
        assertFalse(toV2.out().contains("applied  V" + V3), toV2.out());
        CliRun tooMany = project.run("upgrade", "+5");
        assertEquals(2, tooMany.code(), tooMany.toString());
        assertTrue(tooMany.err().contains("only 1 migration is pending"), tooMany.err());
        CliRun unknown = project.run("upgrade", "123");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no migration with version 123"), unknown.err());
    }

    @Test
    void currentShowsTheVersionAndWhetherItIsHead() {
        CliRun base = project.run("current");
        assertEquals(0, base.code(), base.toString());
        assertEquals("base (3 pending)", base.out().strip());
        project.run("upgrade", "+2");
        assertEquals(V2 + " (1 pending)", project.run("current").out().strip());
        project.run("upgrade");
        assertEquals(V3 + " (head)", project.run("current").out().strip());
    }

    @Test
    void downgradeRunsDowngradesNewestFirstAndRemovesTheirHistoryRows() throws SQLException {
        project.run("upgrade");
        CliRun one = project.run("downgrade", "-1");
        assertEquals(0, one.code(), one.toString());
        assertTrue(one.out().contains("reverted U" + V3 + "__add_title.sql"), one.out());
        assertTrue(one.out().contains("1 migration reverted; database at " + V2 + " (1 pending)"), one.out());
        assertEquals(0, count("SELECT count(*) FROM information_schema.columns WHERE column_name = 'title'"));

        CliRun toV1 = project.run("downgrade", V1);
        assertEquals(0, toV1.code(), toV1.toString());
        assertEquals(1, count("SELECT count(*) FROM flyway_schema_history"));
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'posts'"));

        CliRun base = project.run("downgrade", "base");
        assertEquals(0, base.code(), base.toString());
        assertTrue(base.out().contains("reverted U" + V1), base.out());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'"));
        assertEquals("base (3 pending)", project.run("current").out().strip());

        CliRun upAgain = project.run("upgrade");
        assertEquals(0, upAgain.code(), upAgain.toString());
        assertTrue(upAgain.out().contains("3 migrations applied"), upAgain.out());
    }

    @Test
    void downgradeRefusesBeforeRunningAnythingWhenADowngradeIsMissing() throws SQLException {
        project.run("upgrade");
        project.migrations.resolve("U" + V2 + "__create_posts.sql").toFile().delete();
        CliRun run = project.run("downgrade", "base");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("refusing to downgrade to base: missing downgrade: U" + V2 + "__create_posts.sql"),
                run.err());
        assertTrue(run.err().contains("Nothing was run"), run.err());
        assertFalse(run.err().contains("at dev.retort"), "no stack trace: " + run.err());
        assertEquals(3, count("SELECT count(*) FROM flyway_schema_history"));
        assertEquals(1, count("SELECT count(*) FROM information_schema.columns WHERE column_name = 'title'"));
    }

    @Test
    void anAppliedMigrationEditedAfterwardsIsRefusedByChecksumBeforeAnythingRuns() throws SQLException {
        project.run("upgrade", "+2");
        project.write("V" + V2 + "__create_posts.sql", "-- retort:parent " + V1 + "\nCREATE TABLE posts (id int);\n");
        CliRun up = project.run("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("refusing to upgrade"), up.err());
        assertTrue(up.err().contains("create posts") || up.err().contains(V2), up.err());
        assertEquals(2, count("SELECT count(*) FROM flyway_schema_history"));
        assertEquals(0, count("SELECT count(*) FROM information_schema.columns WHERE column_name = 'title'"));

        CliRun down = project.run("downgrade", "-1");
        assertEquals(2, down.code(), down.toString());
        assertTrue(down.err().contains("V" + V2 + "__create_posts.sql was edited after it was applied"), down.err());
        assertEquals(1, count("SELECT count(*) FROM pg_tables WHERE tablename = 'posts'"));
    }

    @Test
    void aFailingStatementRollsBackItsWholeMigrationAndIsNamed() throws SQLException {
        project.migration("20261104000000", "broken", "CREATE TABLE tags (id int);\n-- the next one fails\nINSERT INTO tags"
                + " VALUES (1);\nINSERT INTO no_such_table VALUES (1);\n", "DROP TABLE tags;\n");
        CliRun run = project.run("upgrade");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("V20261104000000__broken.sql failed at statement 3 (line 4), SQLSTATE 42P01:"
                + " ERROR: relation \"no_such_table\" does not exist"), run.err());
        assertTrue(run.err().contains("statement: INSERT INTO no_such_table VALUES (1)"), run.err());
        assertTrue(run.err().contains("the whole migration was rolled back; the database stays at " + V3), run.err());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'tags'"));
        assertEquals(V3 + " (1 pending)", project.run("current").out().strip());
    }

    @Test
    void stampRecordsVersionsWithoutRunningThemAndFlywayAcceptsTheResult() throws SQLException {
        CliRun stamp = project.run("stamp", V2);
        assertEquals(0, stamp.code(), stamp.toString());
        assertTrue(stamp.out().contains("stamped " + V2 + "; database at " + V2 + " (1 pending)"), stamp.out());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'users'"));
        // the stamped checksums are Flyway's, so its validation passes and it applies only V3 (which fails: no posts)
        CliRun up = project.run("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("V" + V3 + "__add_title.sql failed at statement 1"), up.err());
        assertEquals(0, project.run("stamp", "base").code());
        assertEquals("base (3 pending)", project.run("current").out().strip());
        assertEquals(0, project.run("upgrade").code());
        CliRun head = project.run("stamp", "head");
        assertEquals(0, head.code(), head.toString());
        assertEquals(V3 + " (head)", project.run("current").out().strip());
    }

    @Test
    void historyListsAppliedAndPendingWithChecksumAndDowngrade() {
        project.run("upgrade", "+1");
        project.migrations.resolve("U" + V3 + "__add_title.sql").toFile().delete();
        CliRun run = project.run("history");
        assertEquals(0, run.code(), run.toString());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches("VERSION\\s+DESCRIPTION\\s+APPLIED AT\\s+CHECKSUM\\s+DOWNGRADE"), lines[0]);
        assertTrue(lines[1].matches(V1 + "\\s+create users\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+-?\\d+\\s+yes"), lines[1]);
        assertTrue(lines[2].matches(V2 + "\\s+create posts\\s+pending\\s+-?\\d+\\s+yes"), lines[2]);
        assertTrue(lines[3].matches(V3 + "\\s+add title\\s+pending\\s+-?\\d+\\s+MISSING"), lines[3]);
        assertTrue(run.out().contains("current: " + V1 + " (2 pending)"), run.out());
        CliRun verbose = project.run("history", "--verbose");
        assertEquals(0, verbose.code(), verbose.toString());
        assertTrue(verbose.out().contains("STATE"), verbose.out());
        assertTrue(verbose.out().matches("(?s).*" + V2 + ".*pending.*" + V1 + "\\s+V" + V2 + "__create_posts\\.sql.*"),
                verbose.out());
    }

    @Test
    void headsShowsTheHeadAndBothBranchesWhenUnmerged() {
        CliRun one = project.run("heads");
        assertEquals(0, one.code(), one.toString());
        assertEquals(V3 + " add title (head)", one.out().strip());
        project.migration("20261103100000", "branch_b", "-- retort:parent " + V2 + "\nCREATE TABLE b (id int);\n", "DROP TABLE b;\n");
        CliRun two = project.run("heads");
        assertTrue(two.out().contains(V3 + " add title (head, unmerged)"), two.out());
        assertTrue(two.out().contains("20261103100000 branch b (head, unmerged)"), two.out());
        CliRun up = project.run("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("refusing to upgrade: the migrations have 2 heads (" + V3 + ", 20261103100000)"), up.err());
    }

    @Test
    void aBranchMergedLaterIsAppliedAfterHigherVersionsAlreadyApplied() throws SQLException {
        project.run("upgrade");
        // a colleague's branch, written earlier from V1, arrives after V2 and V3 were applied here
        String branch = "20261101120000";
        project.migration(branch, "branch", "-- retort:parent " + V1 + "\nCREATE TABLE tags (id int);\n", "DROP TABLE tags;\n");
        CliRun refused = project.run("upgrade");
        assertEquals(2, refused.code(), refused.toString());
        project.migration("20261105000000", "merge", "-- retort:parent " + V3 + "\n-- retort:parent " + branch + "\n",
                "-- nothing\n");
        CliRun up = project.run("upgrade");
        assertEquals(0, up.code(), up.toString());
        assertTrue(up.out().contains("applied  V" + branch + "__branch.sql"), up.out());
        assertTrue(up.out().contains("2 migrations applied; database at 20261105000000 (head)"), up.out());
        CliRun down = project.run("downgrade", "-2");
        assertEquals(0, down.code(), down.toString());
        assertTrue(down.out().indexOf("reverted U20261105000000") < down.out().indexOf("reverted U" + branch), down.out());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'tags'"));
        assertEquals(V3 + " (2 pending)", project.run("current").out().strip());
    }

    @Test
    void databaseUrlInThePostgresqlFormIsReadFromTheEnvironment() {
        String url = Project.postgresqlForm(db.url());
        CliRun run = CliRun.run(dir, Map.of("DATABASE_URL", url), "upgrade");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("upgrading " + db.url().redacted()), run.out());
        assertTrue(run.out().contains("3 migrations applied"), run.out());
        CliRun current = CliRun.run(dir, Map.of("DATABASE_URL", url), "current");
        assertEquals(V3 + " (head)", current.out().strip());
    }

    @Test
    void passwordsNeverAppearInOutput() {
        CliRun run = CliRun.run(dir, Map.of("DATABASE_URL", "postgresql://someone:hunter2@127.0.0.1:1/nowhere"), "current");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("someone:***@127.0.0.1:1/nowhere"), run.err());
        assertFalse(run.out().contains("hunter2") || run.err().contains("hunter2"), run.toString());
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWorksEverywhere() {
        CliRun bad = project.run("downgrade");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("Missing required parameter: '<target>'"), bad.err());
        CliRun help = CliRun.run(dir, Map.of(), "upgrade", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: retort upgrade"), help.out());
        assertTrue(CliRun.run(dir, Map.of(), "--help").out().contains("downgrade"));
    }

    @Test
    void lockTimeoutStopsAMigrationThatWaitsBehindAnotherTransaction() throws SQLException {
        project.run("upgrade");
        project.migration("20261104000000", "alter_users", "ALTER TABLE users ADD COLUMN name text;\n",
                "ALTER TABLE users DROP COLUMN name;\n");
        try (Connection blocker = db.connect()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE users IN ACCESS SHARE MODE");
            long start = System.nanoTime();
            CliRun run = project.run("upgrade", "--lock-timeout", "300ms", "--lock-retries", "0");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().contains("SQLSTATE 55P03: ERROR: canceling statement due to lock timeout"), run.err());
            assertTrue(millis < 20_000, "gave up after " + millis + " ms");
            blocker.rollback();
        }
        assertEquals(0, count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'name'"));
        assertEquals(0, project.run("upgrade").code());
    }

    @Test
    void debugAddsTheStackTraceToTheOneLineError() {
        project.run("upgrade");
        project.migrations.resolve("U" + V3 + "__add_title.sql").toFile().delete();
        CliRun plain = project.run("downgrade", "-1");
        assertEquals(1, plain.err().strip().lines().count(), plain.err());
        CliRun debug = project.run("downgrade", "-1", "--debug");
        assertEquals(2, debug.code());
        assertTrue(debug.err().contains("at dev.retort.runner.Downgrader"), debug.err());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
