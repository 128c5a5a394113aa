package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.ScriptChecksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command that runs or records migrations compares the applied files with the history first, also when
 * nothing is pending, and refuses before any DDL; {@code repair --yes} accepts an intended edit.
 */
class AppliedChecksumsTest {

    static final String V1 = "20261101000000";
    static final String V2 = "20261102000000";
    static final String V3 = "20261103000000";
    static final String UP2 = "-- retort:parent " + V1 + "\nCREATE TABLE items (id int);\nINSERT INTO items VALUES (1), (2);\n";

    @TempDir
    Path dir;
    TestDatabase db;
    Project project;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        project = new Project(dir, db)
                .migration(V1, "create_users", "-- retort:parent base\nCREATE TABLE users (id int);\n", "DROP TABLE users;\n")
                .migration(V2, "create_items", UP2, "DROP TABLE items;\n");
        assertEquals(0, project.run("upgrade").code());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anEditedAppliedUpgradeIsRefusedByEveryCommandEvenWithNothingPending() throws SQLException {
        Path file = project.write("V" + V2 + "__create_items.sql", UP2 + "ALTER TABLE items ADD COLUMN note text;\n");
        int recorded = checksumInHistory(V2);
        int now = ScriptChecksum.of(file);
        for (String[] command : new String[][] {{"upgrade"}, {"upgrade", "head"}, {"downgrade", "-1"}, {"stamp", "head"},
                {"stamp", V1}}) {
            CliRun run = project.run(command);
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().contains("refusing to " + String.join(" ", command).replace(" -1", "")
                    .replace(" head", command[0].equals("stamp") ? " head" : "")), run.err());
            assertTrue(run.err().contains("V" + V2 + "__create_items.sql was edited after it was applied (checksum"
                    + " recorded " + recorded + ", file now " + now + ")"), run.err());
            assertTrue(run.err().contains("fix: restore the applied file (e.g. git checkout) and put the change in a new"
                    + " migration (retort revision); or, if the edit is intended"), run.err());
        }
        assertEquals(2, count("SELECT count(*) FROM flyway_schema_history"));
        assertEquals(2, count("SELECT count(*) FROM items"));
        assertEquals(0, count("SELECT count(*) FROM information_schema.columns WHERE column_name = 'note'"));
    }

    @Test
    void mergeRefusesOnAnEditedAppliedFileBeforeItWritesAnything() throws Exception {
        project.migration(V3, "branch_a", "-- retort:parent " + V2 + "\nSELECT 1;\n", "SELECT 1;\n");
        project.migration("20261104000000", "branch_b", "-- retort:parent " + V2 + "\nSELECT 2;\n", "SELECT 2;\n");
        project.write("V" + V1 + "__create_users.sql", "-- retort:parent base\nCREATE TABLE users (id bigint);\n");
        long files;
        try (var list = Files.list(project.migrations)) {
            files = list.count();
        }
        CliRun merge = project.run("merge", "--definition=" + TestSchemas.Users.class.getName());
        assertEquals(2, merge.code(), merge.toString());
        assertTrue(merge.err().contains("refusing to merge: 1 applied migration differs from the history"), merge.err());
        assertTrue(merge.err().contains("V" + V1 + "__create_users.sql was edited after it was applied"), merge.err());
        try (var list = Files.list(project.migrations)) {
            assertEquals(files, list.count(), "no merge migration written");
        }
    }

    @Test
    void anEditedDowngradeIsRefusedBeforeItRuns() throws SQLException {
        project.write("U" + V2 + "__create_items.sql", "DELETE FROM items;\n");
        CliRun down = project.run("downgrade", "-1");
        assertEquals(2, down.code(), down.toString());
        assertTrue(down.err().contains("U" + V2 + "__create_items.sql was edited after its upgrade was applied"
                + " (checksum recorded "), down.err());
        assertEquals(2, count("SELECT count(*) FROM items"));
        assertEquals(2, count("SELECT count(*) FROM flyway_schema_history"));
    }

    @Test
    void aRenamedOrDeletedAppliedFileIsRefusedTheSameWayByEveryCommand() throws Exception {
        Files.move(project.migrations.resolve("V" + V2 + "__create_items.sql"),
                project.migrations.resolve("V" + V2 + "__make_items.sql"));
        for (String[] command : new String[][] {{"upgrade"}, {"downgrade", "-1"}, {"stamp", "head"}}) {
            CliRun run = project.run(command);
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().contains("V" + V2 + "__create_items.sql was applied, and the file of its version is now"
                    + " named V" + V2 + "__make_items.sql (content unchanged"), run.err());
        }
        Files.move(project.migrations.resolve("V" + V2 + "__make_items.sql"),
                project.migrations.resolve("V" + V3 + "__create_items.sql"));
        for (String[] command : new String[][] {{"upgrade"}, {"downgrade", "-1"}, {"stamp", "head"}, {"repair", "--yes"}}) {
            CliRun run = project.run(command);
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().contains("V" + V2 + "__create_items.sql was applied (checksum " + checksumInHistory(V2)
                    + "), and no file has its version any more; a file with the same content is now named V" + V3
                    + "__create_items.sql"), run.err());
        }
        assertEquals(2, count("SELECT count(*) FROM items"));
        assertEquals(2, count("SELECT count(*) FROM flyway_schema_history"));
    }

    @Test
    void repairWithConfirmationRecordsAnIntendedEditAndFlywayAcceptsIt() throws SQLException {
        Path up = project.write("V" + V2 + "__create_items.sql", UP2 + "-- a comment added later\n");
        Path down = project.write("U" + V2 + "__create_items.sql", "DROP TABLE IF EXISTS items;\n");
        CliRun unconfirmed = project.run("repair");
        assertEquals(2, unconfirmed.code(), unconfirmed.toString());
        assertTrue(unconfirmed.err().contains("repair would record 2 files as they are now"), unconfirmed.err());
        assertTrue(unconfirmed.err().contains("run `retort repair --yes`"), unconfirmed.err());

        CliRun repair = project.run("repair", "--yes");
        assertEquals(0, repair.code(), repair.toString());
        assertTrue(repair.out().contains("recorded V" + V2 + "__create_items.sql as it is now: checksum "
                + ScriptChecksum.of(up)), repair.out());
        assertTrue(repair.out().contains("recorded U" + V2 + "__create_items.sql as it is now: checksum "
                + ScriptChecksum.of(down)), repair.out());
        assertEquals(ScriptChecksum.of(up), checksumInHistory(V2));
        assertTrue(project.run("repair", "--yes").out().contains("nothing to repair"));
        Flyway.configure().dataSource(db.url().jdbcUrl(), db.url().user(), db.url().password())
                .locations("filesystem:" + project.migrations).outOfOrder(true).load().validate();
        CliRun back = project.run("downgrade", "-1");
        assertEquals(0, back.code(), back.toString());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'items'"));
    }

    @Test
    void lineEndingsAndAByteOrderMarkKeepTheChecksumAsFlywayDoes() throws Exception {
        Path file = project.migrations.resolve("V" + V2 + "__create_items.sql");
        Files.writeString(file, "\uFEFF" + UP2.replace("\n", "\r\n"));
        CliRun up = project.run("upgrade");
        assertEquals(0, up.code(), up.toString());
        assertTrue(up.out().contains("nothing to apply"), up.out());
        Flyway.configure().dataSource(db.url().jdbcUrl(), db.url().user(), db.url().password())
                .locations("filesystem:" + project.migrations).load().validate();
        // one changed character is an edit, for Retort and for Flyway alike
        Files.writeString(file, UP2.replace("(2)", "(3)"));
        assertEquals(2, project.run("upgrade").code());
        assertThrows(FlywayException.class, () -> Flyway.configure()
                .dataSource(db.url().jdbcUrl(), db.url().user(), db.url().password())
                .locations("filesystem:" + project.migrations).load().validate());
    }

    @Test
    void plainFlywayKeepsWorkingOnTheHistoryTableWithRetortsColumn() throws SQLException {
        assertEquals(1, count("SELECT count(*) FROM information_schema.columns WHERE table_name ="
                + " 'flyway_schema_history' AND column_name = 'retort_downgrade_checksum'"));
        project.migration(V3, "create_tags", "CREATE TABLE tags (id int);\n", "DROP TABLE tags;\n");
        Flyway flyway = Flyway.configure().dataSource(db.url().jdbcUrl(), db.url().user(), db.url().password())
                .locations("filesystem:" + project.migrations).load();
        assertEquals(1, flyway.migrate().migrationsExecuted);
        flyway.validate();
        assertEquals(3, flyway.info().applied().length);
        // applied by Flyway, so no downgrade checksum was recorded: the downgrade runs, and says it is unverified
        CliRun down = project.run("downgrade", "-1");
        assertEquals(0, down.code(), down.toString());
        assertTrue(down.out().contains("note: U" + V3 + "__create_tags.sql runs unverified"), down.out());
    }

    private int checksumInHistory(String version) throws SQLException {
        return (int) count("SELECT checksum FROM flyway_schema_history WHERE version = '" + version + "'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
