package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no URL and {@code retort.database=embedded}, commands use the embedded development database in {@code .retort/} under the project root; it
 * persists between invocations (each one starts and stops the server), survives a stale {@code postmaster.pid}
 * left by a crash, is brought to head before {@code revision --autogenerate}, and is rebuilt by {@code squash}.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theDevelopmentDatabasePersistsBetweenInvocationsAndFollowsTheWorkflow() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(dir.resolve("retort.properties"), "retort.migrations=db/migration\nretort.database=embedded\n");
        Files.writeString(migrations.resolve("V20261101000000__users.sql"),
                "CREATE TABLE users (id bigint CONSTRAINT pk_users PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("U20261101000000__users.sql"), "DROP TABLE users;\n");
        Path sub = Files.createDirectories(dir.resolve("src/deep"));

        CliRun up = CliRun.run(sub, Map.of(), "upgrade", "head");
        assertEquals(0, up.code(), up.toString());
        assertTrue(up.err().contains("using the embedded development database in " + dir.resolve(".retort")), up.err());
        assertTrue(up.out().contains("1 migration applied; database at 20261101000000 (head); 2 tables, 3 indexes in public"
                + " (1 table and 1 index of the schema, plus the history table and its 2 indexes)"), up.out());
        assertTrue(Files.isDirectory(dir.resolve(".retort/pgdata")));

        // a crash leaves postmaster.pid behind with a process id that no longer exists
        Files.writeString(dir.resolve(".retort/pgdata/postmaster.pid"), "999999999\n" + dir.resolve(".retort/pgdata") + "\n");
        CliRun current = CliRun.run(sub, Map.of(), "current");
        assertEquals(0, current.code(), current.toString());
        assertEquals("20261101000000 (head)", current.out().strip());

        String posts = "--definition=" + TestSchemas.UsersAndPosts.class.getName();
        CliRun down = CliRun.run(dir, Map.of(), "downgrade", "base");
        assertEquals(0, down.code(), down.toString());
        CliRun revision = CliRun.run(dir, Map.of(), "revision", "-m", "posts", "--autogenerate", posts);
        assertEquals(0, revision.code(), revision.toString());
        assertTrue(revision.out().contains("bringing the development database to head first"), revision.out());
        assertTrue(revision.out().contains("wrote db/migration/V"), revision.out());

        // the lock-safe revision may come in several migrations (a concurrent index build is one of its own)
        long chain;
        try (var files = Files.list(migrations)) {
            chain = files.filter(f -> f.getFileName().toString().startsWith("V")).count();
        }
        CliRun squash = CliRun.run(dir, Map.of(), "squash", posts);
        assertEquals(0, squash.code(), squash.toString());
        assertTrue(chain >= 2, "the chain: " + chain);
        assertTrue(squash.out().contains("archived " + chain + " migrations"), squash.out());
        assertTrue(squash.out().matches("(?s).*database at \\d{14} \\(head\\); 3 tables, 6 indexes \\(2 tables and 4 indexes of the schema, plus the history table and its 2 indexes\\).*"), squash.out());
        CliRun check = CliRun.run(dir, Map.of(), "check", posts);
        assertEquals(0, check.code(), check.toString());
    }
}
