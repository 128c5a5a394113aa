package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check, revision, merge, roundtrip, squash, diff, inspect and diagram on a real PostgreSQL. */
class DiffCommandsTest {

    static final String USERS = "--definition=" + TestSchemas.Users.class.getName();
    static final String POSTS = "--definition=" + TestSchemas.UsersAndPosts.class.getName();

    @TempDir
    Path dir;
    TestDatabase db;
    Project project;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        project = new Project(dir, db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void revisionCheckAndRoundtripFollowTheDeclaration() throws Exception {
        CliRun empty = project.run("revision", "-m", "create users", "--autogenerate", USERS);
        assertEquals(0, empty.code(), empty.toString());
        assertTrue(empty.out().contains("create table public.users") || empty.out().toLowerCase().contains("users"), empty.out());
        List<Path> written = files();
        assertEquals(2, written.size(), written.toString());
        String v1 = written.get(1).getFileName().toString().substring(1, 15);
        assertTrue(written.get(1).getFileName().toString().matches("V\\d{14}__create_users\\.sql"), written.toString());
        assertTrue(written.get(0).getFileName().toString().equals("U" + v1 + "__create_users.sql"), written.toString());
        assertTrue(Files.readString(written.get(1)).startsWith("-- retort:parent base\n"));

        CliRun drift = project.run("check", USERS);
        assertEquals(1, drift.code(), drift.toString());
        assertTrue(drift.out().contains("differs from the declaration"), drift.out());
        assertEquals(0, project.run("upgrade").code());
        CliRun ok = project.run("check", USERS);
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().contains("ok: database postgresql://"), ok.out());
        assertTrue(ok.out().contains("(1 table, 2 indexes)"), ok.out());

        CliRun same = project.run("revision", "-m", "nothing", "--autogenerate", USERS);
        assertEquals(0, same.code(), same.toString());
        assertTrue(same.out().contains("no changes: the database at head matches the declaration; nothing written"), same.out());
        assertEquals(2, files().size());

        CliRun editWithoutMigration = project.run("check", "--migrations", POSTS);
        assertEquals(1, editWithoutMigration.code(), editWithoutMigration.toString());
        assertTrue(editWithoutMigration.out().contains("the migration chain differs from the declaration"),
                editWithoutMigration.out());

        CliRun posts = project.run("revision", "-m", "add posts", "--autogenerate", POSTS);
        assertEquals(0, posts.code(), posts.toString());
        Path v2 = files().stream().filter(f -> f.getFileName().toString().matches("V\\d+__add_posts\\.sql")).findFirst().orElseThrow();
        assertTrue(Files.readString(v2).startsWith("-- retort:parent " + v1 + "\n"), Files.readString(v2));
        assertEquals(0, project.run("check", "--migrations", POSTS).code());
        assertEquals(0, project.run("upgrade").code());
        assertEquals(0, project.run("check", POSTS).code());

        CliRun roundtrip = project.run("roundtrip");
        assertEquals(0, roundtrip.code(), roundtrip.toString());
        assertTrue(roundtrip.out().contains("ok   V" + v1 + "__create_users.sql (upgrade, downgrade, upgrade)"), roundtrip.out());
        assertTrue(roundtrip.out().contains("all 2 migrations round-trip"), roundtrip.out());

        String u2 = "U" + v2.getFileName().toString().substring(1);
        project.write(u2, "SELECT 1;\n");
        CliRun broken = project.run("roundtrip");
        assertEquals(1, broken.code(), broken.toString());
        assertTrue(broken.out().contains("FAIL " + v2.getFileName() + ": after its downgrade the schema differs from before it"),
                broken.out());
        assertTrue(broken.out().contains("posts"), broken.out());
    }

    @Test
    void revisionRefusesDestructiveChangesUnlessAllowedAndWritesATemplateWithoutAutogenerate() throws Exception {
        assertEquals(0, project.run("revision", "-m", "users", "--autogenerate", USERS).code());
        assertEquals(0, project.run("upgrade").code());
        String without = "--definition=" + TestSchemas.UsersWithoutEmail.class.getName();
        CliRun refused = project.run("revision", "-m", "drop email", "--autogenerate", without);
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(refused.out().contains("hazard [DELETES_DATA"), refused.out());
        assertTrue(refused.err().contains("refusing to write a destructive migration"), refused.err());
        assertTrue(refused.err().contains("nothing written"), refused.err());
        assertEquals(2, files().size());
        CliRun allowed = project.run("revision", "-m", "drop email", "--autogenerate", "--allow-destructive", without);
        assertEquals(0, allowed.code(), allowed.toString());
        // lock-safe: the unique constraint on email goes first, the index it leaves is dropped concurrently in a
        // migration of its own (so the downgrade builds it concurrently), then the column: three migrations
        assertEquals(8, files().size(), files().toString());

        CliRun template = project.run("revision", "-m", "Backfill moods!");
        assertEquals(0, template.code(), template.toString());
        Path data = files().stream().filter(f -> f.getFileName().toString().matches("V\\d+__backfill_moods\\.sql"))
                .findFirst().orElseThrow();
        assertTrue(Files.readString(data).contains("LIMIT 10000"), Files.readString(data));
        assertTrue(Files.exists(data.resolveSibling("U" + data.getFileName().toString().substring(1))));
        CliRun up = project.run("upgrade");
        assertEquals(0, up.code(), up.toString());
        assertTrue(up.out().contains("4 migrations applied"), up.out());
    }

    @Test
    void anEnumValueAdditionIsWrittenAsItsOwnRerunnableMigrationBeforeWhatUsesIt() throws Exception {
        String moods = "--definition=" + TestSchemas.Moods.class.getName();
        String more = "--definition=" + TestSchemas.MoreMoods.class.getName();
        assertEquals(0, project.run("revision", "-m", "moods", "--autogenerate", moods).code());
        assertEquals(0, project.run("upgrade").code());
        CliRun calm = project.run("revision", "-m", "calm", "--autogenerate", more);
        assertEquals(0, calm.code(), calm.toString());
        List<Path> ups = files().stream().filter(f -> f.getFileName().toString().startsWith("V")).toList();
        assertEquals(3, ups.size(), ups.toString());
        String part1 = Files.readString(ups.get(1));
        String part2 = Files.readString(ups.get(2));
        assertTrue(part1.contains("ADD VALUE IF NOT EXISTS 'calm'"), part1);
        assertFalse(part1.contains("later_mood"), part1);
        assertTrue(part2.contains("later_mood"), part2);
        String v2 = ups.get(1).getFileName().toString().substring(1, 15);
        assertTrue(part2.startsWith("-- retort:parent " + v2 + "\n"), part2);
        CliRun up = project.run("upgrade");
        assertEquals(0, up.code(), up.toString());
        assertTrue(up.out().contains("2 migrations applied"), up.out());
        assertEquals(0, project.run("check", more).code());
        CliRun roundtrip = project.run("roundtrip");
        assertEquals(0, roundtrip.code(), roundtrip.toString());
    }

    @Test
    void mergeVerifiesTheMergedChainAndRecordsOneOrder() throws Exception {
        assertEquals(0, project.run("revision", "-m", "users", "--autogenerate", USERS).code());
        assertEquals(0, project.run("upgrade").code());
        assertEquals(0, project.run("revision", "-m", "posts", "--autogenerate", POSTS).code());
        String v1 = files().stream().map(f -> f.getFileName().toString()).filter(n -> n.startsWith("V") && n.contains("users"))
                .findFirst().orElseThrow().substring(1, 15);
        String branch = "29991231000000";
        project.migration(branch, "branch_b", "-- retort:parent " + v1 + "\nCREATE TABLE extra (id int);\n", "DROP TABLE extra;\n");
        CliRun heads = project.run("heads");
        assertTrue(heads.out().contains("2 heads"), heads.out());
        CliRun up = project.run("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("2 heads"), up.err());

        CliRun wrong = project.run("merge", POSTS);
        assertEquals(1, wrong.code(), wrong.toString());
        assertTrue(wrong.out().contains("does not produce the declaration; nothing written"), wrong.out());
        assertTrue(wrong.out().contains("extra"), wrong.out());

        project.migration(branch, "branch_b", "-- retort:parent " + v1 + "\nSELECT 1;\n", "SELECT 1;\n");
        CliRun merge = project.run("merge", POSTS);
        assertEquals(0, merge.code(), merge.toString());
        assertTrue(merge.out().contains("merged heads "), merge.out());
        CliRun one = project.run("heads");
        assertTrue(one.out().strip().endsWith("(head)") && one.out().strip().lines().count() == 1, one.out());
        CliRun upgraded = project.run("upgrade");
        assertEquals(0, upgraded.code(), upgraded.toString());
        assertTrue(upgraded.out().contains("3 migrations applied"), upgraded.out());
        assertEquals(0, project.run("check", POSTS).code());
    }

    @Test
    void squashReplacesTheChainByABaselineOnlyWhenForcedOnANonDevelopmentDatabase() throws Exception {
        assertEquals(0, project.run("revision", "-m", "users", "--autogenerate", USERS).code());
        assertEquals(0, project.run("upgrade").code());
        assertEquals(0, project.run("revision", "-m", "posts", "--autogenerate", POSTS).code());
        assertEquals(0, project.run("upgrade").code());
        CliRun refused = project.run("squash", POSTS);
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(refused.err().contains("refusing to squash"), refused.err());
        assertEquals(4, files().size());

        CliRun squash = project.run("squash", "--force", POSTS);
        assertEquals(0, squash.code(), squash.toString());
        assertTrue(squash.out().contains("archived 2 migrations in db/migration-archive/"), squash.out());
        assertTrue(squash.out().matches("(?s).*database at \\d{14} \\(head\\); 3 tables, 6 indexes \\(2 tables and 4 indexes of the schema, plus the history table and its 2 indexes\\).*"), squash.out());
        List<Path> left = files();
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.get(1).getFileName().toString().endsWith("__baseline.sql"), left.toString());
        assertEquals(1, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM flyway_schema_history"));
        assertEquals(0, project.run("check", "--migrations", POSTS).code());
        assertEquals(0, project.run("roundtrip").code());
    }

    @Test
    void diffInspectAndDiagram() throws Exception {
        String url = Project.postgresqlForm(db.url());
        CliRun diff = project.run("diff", "--from", url, "--to", "class:" + TestSchemas.UsersAndPosts.class.getName(), "--exit-code");
        assertEquals(1, diff.code(), diff.toString());
        assertTrue(diff.out().contains("CREATE TABLE"), diff.out());
        CliRun down = project.run("diff", "--from", url, "--to", "class:" + TestSchemas.UsersAndPosts.class.getName(), "--down");
        assertEquals(0, down.code(), down.toString());
        assertTrue(down.out().contains("DROP TABLE"), down.out());
        assertFalse(down.out().contains("CREATE TABLE"), down.out());

        assertEquals(0, project.run("revision", "-m", "posts", "--autogenerate", POSTS).code());
        assertEquals(0, project.run("upgrade").code());
        CliRun none = project.run("diff", "--from", url, "--to", "class:" + TestSchemas.UsersAndPosts.class.getName(), "--exit-code");
        assertEquals(0, none.code(), none.toString());

        try (var c = db.connect()) {
            c.createStatement().execute("CREATE RULE post_titles AS ON DELETE TO posts DO INSTEAD NOTHING");
        }
        CliRun sql = project.run("inspect", "--format", "sql");
        assertTrue(sql.err().contains("not managed by Retort (left out): 1 rule"), sql.err());
        assertFalse(sql.out().contains("post_titles"), sql.out());
        assertEquals(0, sql.code(), sql.toString());
        assertTrue(sql.out().contains("CREATE TABLE") && sql.out().contains("posts"), sql.out());
        assertFalse(sql.out().contains("flyway_schema_history"), sql.out());
        CliRun javaSource = project.run("inspect", "--format", "java", "--package", "app.db", "--class", "AppSchema");
        assertEquals(0, javaSource.code(), javaSource.toString());
        assertTrue(javaSource.out().contains("package app.db;") && javaSource.out().contains("AppSchema implements SchemaDefinition"), javaSource.out());

        CliRun diagram = CliRun.run(dir, java.util.Map.of(), "diagram", POSTS);
        assertEquals(0, diagram.code(), diagram.toString());
        assertTrue(diagram.out().startsWith("erDiagram\n"), diagram.out());
        assertTrue(diagram.out().contains("bigint id PK"), diagram.out());
        assertTrue(diagram.out().contains("users ||--o{ posts : \"fk_posts_user_id"), diagram.out());
        assertFalse(diagram.out().contains("title"), "key columns only: " + diagram.out());
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(project.migrations)) {
            return s.sorted().toList();
        }
    }
}
