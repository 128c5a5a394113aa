package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.HistoryTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings are typed and checked once when read: intervals everywhere, wrong values named with their source. */
class TypedSettingsTest {

    @TempDir
    Path dir;

    @Test
    void lockWaitTakesAnIntervalLikeLockTimeout() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project project = new Project(dir, db).migration("20261101000000", "items", "CREATE TABLE items (id int);\n",
                    "DROP TABLE items;\n");
            CliRun ok = project.run("upgrade", "--lock-wait", "10m", "--lock-timeout", "2s", "--statement-timeout", "1h");
            assertEquals(0, ok.code(), ok.toString());
            // another run holds the migration lock: the wait given as an interval is the one honoured
            try (Connection holder = db.connect();
                 PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                ps.setString(1, "retort:" + new HistoryTable("public", "flyway_schema_history").qualified());
                ps.execute();
                long start = System.nanoTime();
                CliRun waited = project.run("upgrade", "--lock-wait", "1500ms");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(2, waited.code(), waited.toString());
                assertTrue(waited.err().contains("for more than 1.5s; wait for it, or raise --lock-wait"), waited.err());
                assertTrue(millis >= 1500 && millis < 10_000, "waited " + millis + "ms");
            }
        }
    }

    @Test
    void aWrongValueIsAnErrorNamingTheSettingAndWhereItCameFrom() throws Exception {
        CliRun flag = CliRun.run(dir, Map.of(), "current", "--lock-wait", "10x");
        assertEquals(2, flag.code(), flag.toString());
        assertTrue(flag.err().contains("error: retort.lock-wait (from --lock-wait): not an interval: \"10x\"; write e.g."
                + " 500ms, 30s, 10m, 1h (a bare number is seconds)"), flag.err());
        CliRun env = CliRun.run(dir, Map.of("RETORT_LOCK_TIMEOUT", "soon"), "current");
        assertEquals(2, env.code(), env.toString());
        assertTrue(env.err().contains("retort.lock-timeout (from environment variable RETORT_LOCK_TIMEOUT): not an"
                + " interval: \"soon\""), env.err());
        Files.writeString(dir.resolve("retort.properties"), "retort.history-table=" + "t".repeat(64) + "\n");
        CliRun file = CliRun.run(dir, Map.of(), "current");
        assertEquals(2, file.code(), file.toString());
        assertTrue(file.err().contains("retort.history-table (from " + dir.resolve("retort.properties")
                + "): \"" + "t".repeat(64) + "\" is 64 bytes; PostgreSQL names have at most 63"), file.err());
    }

    @Test
    void theRemovedNamingSettingIsAnErrorSayingWhereTheConventionLives() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "retort.naming=postgres\n");
        CliRun file = CliRun.run(dir, Map.of(), "current");
        assertEquals(2, file.code(), file.toString());
        assertTrue(file.err().contains("retort.naming is no longer read: the naming convention is part of the"
                + " declaration"), file.err());
        Files.delete(dir.resolve("retort.properties"));
        CliRun flag = CliRun.run(dir, Map.of(), "current", "--naming", "postgres");
        assertEquals(2, flag.code(), flag.toString());
        assertTrue(flag.err().contains("--naming"), flag.err());
    }
}
