package dev.retort.vibes.migrations;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.Downgrader;
import dev.retort.runner.MigrationRunner;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Vibes migration round-trips: {@code retort roundtrip} (on a scratch database next to the test database)
 * upgrades, downgrades and upgrades each one and finds the schema before and after identical; and the whole chain
 * goes down to base (nothing of Vibes left) and up to head again.
 */
class MigrationChainTest {

    @Test
    void roundtripPassesForEveryVibesMigration() {
        try (TestDatabase db = TestDatabases.fresh()) {
            CliRun roundtrip = VibesProject.cli(db, "roundtrip");
            assertEquals(0, roundtrip.code(), roundtrip.toString());
            List<String> ok = roundtrip.out().lines().filter(l -> l.startsWith("ok ")).toList();
            List<String> expected = VibesProject.upgradeScripts().stream()
                    .map(s -> "ok   " + s + " (upgrade, downgrade, upgrade)").toList();
            assertEquals(expected, ok, roundtrip.toString());
            assertTrue(roundtrip.out().contains("all 3 migrations round-trip"), roundtrip.toString());
            assertTrue(roundtrip.out().lines().noneMatch(l -> l.startsWith("FAIL")), roundtrip.toString());
        }
    }

    @Test
    void theChainGoesDownToBaseAndUpToHeadAgain() throws SQLException {
        try (TestDatabase db = TestDatabases.fresh()) {
            MigrationRunner runner = VibesProject.runner(db);
            runner.upgrade("head");
            List<String> reverted = new Downgrader(runner, VibesProject.quiet()).downgrade("base");
            List<String> expected = new ArrayList<>(VibesProject.upgradeScripts().stream()
                    .map(s -> "U" + s.substring(1)).toList());
            Collections.reverse(expected);
            assertEquals(expected, reverted);
            try (Connection c = db.connect()) {
                // only the (now empty) history table is left, and no Vibes type
                assertArrayEquals(new int[] {1, 2}, VibesProject.publicTablesAndIndexes(c));
                assertEquals(0, VibesProject.count(c, "SELECT count(*) FROM pg_type"
                        + " WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'"));
                assertEquals(0, VibesProject.count(c, "SELECT count(*) FROM flyway_schema_history"));
            }
            assertEquals(VibesProject.upgradeScripts(), runner.upgrade("head"));
            try (Connection c = db.connect()) {
                assertArrayEquals(new int[] {22, 126}, VibesProject.publicTablesAndIndexes(c));
            }
            CliRun check = VibesProject.cli(db, "check");
            assertEquals(0, check.code(), check.toString());
        }
    }
}
