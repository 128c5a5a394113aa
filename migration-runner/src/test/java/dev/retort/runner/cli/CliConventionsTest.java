package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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

/**
 * What people expect of a command-line tool: the build's version, {@code help <command>}, a one-line error for an
 * unknown flag, {@code --format json} shapes, {@code --quiet}, {@code heads} failing on branches, {@code upgrade
 * --sql}, {@code init}, and a warning when the definition's classes are older than its sources.
 */
class CliConventionsTest {

    static final String V1 = "20261101000000";
    static final String V2 = "20261102000000";

    @TempDir
    Path dir;
    TestDatabase db;
    Project project;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        project = new Project(dir, db)
                .migration(V1, "create_users", "CREATE TABLE users (id bigint PRIMARY KEY);\n", "DROP TABLE users;\n")
                .migration(V2, "add_email", "-- retort:parent " + V1 + "\nALTER TABLE users ADD COLUMN email text;\n",
                        "ALTER TABLE users DROP COLUMN email;\n");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.run(dir, Map.of(), "--version");
        assertEquals(0, run.code(), run.toString());
        assertEquals("retort " + BuildVersion.get(), run.out().strip());
        assertTrue(BuildVersion.get().matches("\\d+\\.\\d+\\.\\d+.*"), BuildVersion.get());
    }

    @Test
    void helpOfACommandAndAnUnknownFlagInOneLineWithAHint() {
        CliRun help = CliRun.run(dir, Map.of(), "help", "heads");
        assertEquals(0, help.code(), help.toString());
        assertTrue(help.out().startsWith("Usage: retort heads"), help.out());
        CliRun unknown = CliRun.run(dir, Map.of(), "history", "--verbse");
        assertEquals(RetortCli.ERROR, unknown.code(), unknown.toString());
        assertEquals("error: Unknown option: '--verbse' (did you mean --verbose?)\nsee: retort help history\n", unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void jsonShapesOfCurrentHistoryAndHeads() {
        assertEquals("{\"current\":null,\"head\":false,\"pending\":[\"" + V1 + "\",\"" + V2 + "\"],\"heads\":[\"" + V2
                + "\"],\"failed\":[]}", project.run("current", "--format", "json").out().strip());
        assertEquals(0, project.run("upgrade", V1).code());
        assertEquals("{\"current\":\"" + V1 + "\",\"head\":false,\"pending\":[\"" + V2 + "\"],\"heads\":[\"" + V2
                + "\"],\"failed\":[]}", project.run("current", "--format=json").out().strip());
        String history = project.run("history", "--format", "json").out().strip();
        assertTrue(history.matches("\\{\"current\":\"" + V1 + "\",\"head\":false,\"migrations\":\\["
                + "\\{\"version\":\"" + V1 + "\",\"description\":\"create users\",\"appliedAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\","
                + "\"checksum\":-?\\d+,\"downgrade\":true,\"state\":\"applied\",\"installedBy\":\"[^\"]+\",\"executionMs\":\\d+,"
                + "\"parents\":\\[],\"file\":\"V" + V1 + "__create_users.sql\"},"
                + "\\{\"version\":\"" + V2 + "\",\"description\":\"add email\",\"appliedAt\":null,\"checksum\":-?\\d+,"
                + "\"downgrade\":true,\"state\":\"pending\",\"installedBy\":null,\"executionMs\":null,"
                + "\"parents\":\\[\"" + V1 + "\"],\"file\":\"V" + V2 + "__add_email.sql\"}]}"), history);
        assertEquals("[{\"version\":\"" + V2 + "\",\"description\":\"add email\"}]",
                project.run("heads", "--format", "json").out().strip());
    }

    @Test
    void headsExitsOneWhileBranchesAreUnmerged() {
        assertEquals(0, project.run("heads").code());
        project.migration("20261102100000", "branch", "-- retort:parent " + V1 + "\nCREATE TABLE b (id int);\n", "DROP TABLE b;\n");
        CliRun two = project.run("heads");
        assertEquals(RetortCli.DIFFERENCES, two.code(), two.toString());
        assertTrue(two.out().contains("2 heads: run `retort merge`"), two.out());
        CliRun json = project.run("heads", "--format", "json");
        assertEquals(RetortCli.DIFFERENCES, json.code(), json.toString());
        assertEquals("[{\"version\":\"" + V2 + "\",\"description\":\"add email\"},"
                + "{\"version\":\"20261102100000\",\"description\":\"branch\"}]", json.out().strip());
    }

    @Test
    void upgradeSqlPrintsWhatWouldRunAndRunsNothing() {
        CliRun sql = project.run("upgrade", "--sql");
        assertEquals(0, sql.code(), sql.toString());
        assertEquals("-- 2 migrations from base (printed by retort upgrade --sql; nothing was run)\n\n"
                + "-- V" + V1 + "__create_users.sql\nCREATE TABLE users (id bigint PRIMARY KEY);\n\n"
                + "-- V" + V2 + "__add_email.sql\n-- retort:parent " + V1 + "\nALTER TABLE users ADD COLUMN email text;\n",
                sql.out());
        assertEquals("base (2 pending)", project.run("current").out().strip());
        CliRun first = project.run("upgrade", "--sql", "+1");
        assertTrue(first.out().startsWith("-- 1 migration from base"), first.out());
        assertFalse(first.out().contains("add_email"), first.out());
        project.run("upgrade");
        assertEquals("-- nothing to apply: the database is at " + V2 + " (head)", project.run("upgrade", "--sql").out().strip());
    }

    @Test
    void quietLeavesOnlyTheResult() {
        CliRun quiet = project.run("upgrade", "--quiet");
        assertEquals(0, quiet.code(), quiet.toString());
        assertFalse(quiet.out().contains("applied  V"), quiet.out());
        assertTrue(quiet.out().contains("2 migrations applied"), quiet.out());
        assertEquals("", quiet.err());
    }

    @Test
    void initWritesACommentedProjectFileThatOptsInToTheEmbeddedDatabase() throws Exception {
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        CliRun init = CliRun.run(fresh, Map.of(), "init", "--definition", "com.example.app.AppSchema");
        assertEquals(0, init.code(), init.toString());
        assertTrue(init.out().startsWith("wrote retort.properties and src/main/resources/db/migration/"), init.out());
        String file = Files.readString(fresh.resolve("retort.properties"));
        assertTrue(file.contains("\nretort.definition=com.example.app.AppSchema\n"), file);
        assertTrue(file.contains("\nretort.database=embedded\n"), file);
        assertTrue(Files.isDirectory(fresh.resolve("src/main/resources/db/migration")));
        CliRun heads = CliRun.run(fresh.resolve("src"), Map.of(), "heads");
        assertEquals(0, heads.code(), heads.toString());
        assertTrue(heads.out().contains("no migrations in [" + fresh.resolve("src/main/resources/db/migration")), heads.out());
        CliRun again = CliRun.run(fresh, Map.of(), "init");
        assertEquals(RetortCli.ERROR, again.code(), again.toString());
        assertTrue(again.err().contains("retort.properties already exists"), again.err());
    }

    @Test
    void aDefinitionEditedAfterCompilingIsPointedOutBeforeComparing() throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/main/java/com/example")).resolve("AppSchema.java");
        Files.writeString(source, "package com.example; class AppSchema {}\n");
        Path compiled = Files.createDirectories(dir.resolve("target/classes/com/example")).resolve("AppSchema.class");
        Files.write(compiled, new byte[0]);
        Files.setLastModifiedTime(compiled, FileTime.from(Instant.now().minusSeconds(60)));
        CliRun check = project.run("check", "--definition", "com.example.AppSchema", "--classpath", "target/classes");
        assertTrue(check.err().startsWith("warning: " + source + " changed after " + dir.resolve("target/classes")
                + " was compiled; the comparison uses the compiled classes (run mvn compile first)"), check.err());
        Files.setLastModifiedTime(compiled, FileTime.from(Instant.now().plusSeconds(60)));
        CliRun fresh = project.run("check", "--definition", "com.example.AppSchema", "--classpath", "target/classes");
        assertFalse(fresh.err().contains("warning:"), fresh.err());
    }
}
