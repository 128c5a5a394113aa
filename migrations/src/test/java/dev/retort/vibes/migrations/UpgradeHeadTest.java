package dev.retort.vibes.migrations;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.MigrationStatus;
import dev.retort.vibes.VibesSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code retort upgrade head} on an empty database (the README's first command, here with {@code --url}) applies
 * every Vibes migration in order, prints the summary, and leaves the guide's clean schema: 22 tables (the 21 of
 * {@link VibesSchema} and Flyway's history table) and 126 indexes, as pg_catalog counts them. {@code retort check}
 * then finds nothing to do, and does find a missing index.
 */
class UpgradeHeadTest {

    private static TestDatabase db;
    private static CliRun upgrade;

    @BeforeAll
    static void upgradeAnEmptyDatabaseToHead() {
        db = TestDatabases.fresh();
        upgrade = VibesProject.cli(db, "upgrade", "head");
    }

    @AfterAll
    static void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theProjectFilePointsAtThisModulesScripts() {
        assertEquals(VibesProject.MODULE_FOLDER, VibesProject.folder());
        List<String> scripts = VibesProject.upgradeScripts();
        assertEquals(3, scripts.size(), scripts.toString());
        assertTrue(scripts.get(0).endsWith("__initial_schema.sql"), scripts.toString());
        assertTrue(scripts.get(1).endsWith("__add_mood_to_journal_entries.sql"), scripts.toString());
        assertTrue(scripts.get(2).endsWith("__users_full_name.sql"), scripts.toString());
    }

    @Test
    void upgradeHeadAppliesEveryMigrationInOrderAndPrintsTheSummary() {
        assertEquals(0, upgrade.code(), upgrade.toString());
        List<String> applied = upgrade.out().lines().filter(l -> l.startsWith("applied ")).map(l -> l.substring(8).trim())
                .toList();
        assertEquals(VibesProject.upgradeScripts(), applied, upgrade.toString());
        String summary = upgrade.out().lines().reduce((a, b) -> b).orElse("");
        // the guide's clean schema: 22 tables and 126 indexes, the history table and its two indexes included
        assertEquals("3 migrations applied; database at " + VibesProject.headVersion() + " (head); "
                + "22 tables, 126 indexes in public (" + VibesSchema.TABLE_COUNT + " tables and "
                + VibesSchema.PHYSICAL_INDEX_COUNT + " indexes of the schema, plus the history table and its 2 indexes)",
                summary, upgrade.toString());
    }

    @Test
    void theDatabaseHoldsTwentyTwoTablesAndOneHundredTwentySixIndexes() throws SQLException {
        assertEquals(0, upgrade.code(), upgrade.toString());
        try (Connection c = db.connect()) {
            assertArrayEquals(new int[] {22, 126}, VibesProject.publicTablesAndIndexes(c));
            assertEquals(1, VibesProject.count(c, "SELECT count(*) FROM pg_class WHERE relname = 'flyway_schema_history'"
                    + " AND relnamespace = 'public'::regnamespace AND relkind = 'r'"));
            assertEquals(2, VibesProject.count(c, "SELECT count(*) FROM pg_index"
                    + " WHERE indrelid = 'public.flyway_schema_history'::regclass"));
            assertEquals(6, VibesProject.count(c, "SELECT count(*) FROM pg_type"
                    + " WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'"));
            assertEquals(3, VibesProject.count(c, "SELECT count(*) FROM flyway_schema_history WHERE success"
                    + " AND version IS NOT NULL"));
        }
        MigrationStatus status = VibesProject.runner(db).status();
        assertEquals(VibesProject.headVersion(), status.current().orElseThrow());
        assertTrue(status.atHead());
    }

    @Test
    void checkIsCleanAfterUpgradeHead() {
        assertEquals(0, upgrade.code(), upgrade.toString());
        CliRun check = VibesProject.cli(db, "check");
        assertEquals(0, check.code(), check.toString());
        // columns added by later migrations stand last: check warns about their order, and is otherwise clean
        assertTrue(okAfterOrderWarnings(check.out(), "ok: database "), check.toString());
        assertTrue(check.out().contains("matches the declaration dev.retort.vibes.VibesSchema"), check.toString());
    }

    @Test
    void checkOfTheMigrationChainIsClean() {
        // the chain applied to a scratch database next to the test database, not the test database itself
        CliRun check = VibesProject.cli(db, "check", "--migrations");
        assertEquals(0, check.code(), check.toString());
        assertTrue(okAfterOrderWarnings(check.out(), "ok: the migration chain matches the declaration dev.retort.vibes.VibesSchema"),
                check.toString());
    }

    @Test
    void aSecondUpgradeHasNothingToApply() {
        assertEquals(0, upgrade.code(), upgrade.toString());
        CliRun again = VibesProject.cli(db, "upgrade", "head");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("nothing to apply; database at " + VibesProject.headVersion() + " (head)"),
                again.toString());
    }

    @Test
    void checkNamesTheDifferenceWhenTheDatabaseDriftedFromTheDeclaration() throws SQLException {
        // its own database: the shared one must stay at head and clean for the other tests
        try (TestDatabase drifted = TestDatabases.fresh()) {
            VibesProject.runner(drifted).upgrade("head");
            try (Connection c = drifted.connect()) {
                c.createStatement().execute("DROP INDEX public.ix_journal_entries_user_id_mood");
            }
            CliRun check = VibesProject.cli(drifted, "check");
            assertEquals(1, check.code(), check.toString());
            assertTrue(check.out().contains("ix_journal_entries_user_id_mood"), check.toString());
        }
    }

    /** True when {@code out} is column-order warnings only, then the line starting with {@code ok}. */
    private static boolean okAfterOrderWarnings(String out, String ok) {
        List<String> lines = out.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).startsWith("warning: table ")
                && lines.get(first).contains("Retort cannot reorder columns")) {
            first++;
        }
        return first < lines.size() && lines.get(first).startsWith(ok);
    }
}
