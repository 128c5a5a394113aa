package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no URL, commands use the embedded development database in {@code .retort/} under the project root; it
 * persists between invocations and survives a stale {@code postmaster.pid} left by a crash.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void upgradeThenCurrentInSeparateInvocationsSeeTheSameDatabase() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(dir.resolve("retort.properties"), "retort.migrations=db/migration\n");
        Files.writeString(migrations.resolve("V20261101000000__users.sql"), "CREATE TABLE users (id int PRIMARY KEY);\n");
        Path sub = Files.createDirectories(dir.resolve("src/deep"));

        CliRun up = CliRun.run(sub, Map.of(), "upgrade", "head");
        assertEquals(0, up.code(), up.toString());
        assertTrue(up.err().contains("using the embedded development database in " + dir.resolve(".retort")), up.err());
        assertTrue(up.out().contains("1 migration applied; database at 20261101000000 (head); 1 table, 1 index"), up.out());
        assertTrue(Files.isDirectory(dir.resolve(".retort/pgdata")));

        // a crash leaves postmaster.pid behind with a process id that no longer exists
        Files.writeString(dir.resolve(".retort/pgdata/postmaster.pid"), "999999999\n" + dir.resolve(".retort/pgdata") + "\n");
        CliRun current = CliRun.run(sub, Map.of(), "current");
        assertEquals(0, current.code(), current.toString());
        assertEquals("20261101000000 (head)", current.out().strip());
    }
}
