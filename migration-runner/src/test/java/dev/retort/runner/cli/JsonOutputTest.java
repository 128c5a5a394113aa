package dev.retort.runner.cli;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code --format json} shapes of {@code check} and {@code diff} on a real PostgreSQL: one object on stdout,
 * the same exit codes as the text form.
 */
class JsonOutputTest {

    static final String USERS = "--definition=" + TestSchemas.Users.class.getName();

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

    private void sql(String statement) throws Exception {
        try (Connection c = db.connect()) {
            c.createStatement().execute(statement);
        }
    }

    @Test
    void checkSaysTheOutcomeTheDifferencesAndTheExitCode() throws Exception {
        String head = "{\"checked\":\"database\",\"database\":\"" + db.url().redacted() + "\",\"definition\":\""
                + TestSchemas.Users.class.getName() + "\",";
        CliRun missing = project.run("check", "--format", "json", USERS);
        assertEquals(RetortCli.DIFFERENCES, missing.code(), missing.toString());
        assertEquals(head + "\"outcome\":\"differences\",\"exitCode\":1,\"tables\":1,\"indexes\":2,\"warnings\":[],"
                + "\"changes\":[{\"change\":\"create table public.users\",\"hazards\":[]}],\"unmanaged\":[]}\n",
                missing.out());
        assertEquals("", missing.err());

        CliRun chain = project.run("check", "--migrations", "--format", "json", USERS);
        assertEquals(RetortCli.DIFFERENCES, chain.code(), chain.toString());
        assertEquals("{\"checked\":\"migrations\",\"database\":null,\"definition\":\"" + TestSchemas.Users.class.getName()
                + "\",\"outcome\":\"differences\",\"exitCode\":1,\"tables\":1,\"indexes\":2,\"warnings\":[],"
                + "\"changes\":[{\"change\":\"create table public.users\",\"hazards\":[]}],\"unmanaged\":[]}\n",
                chain.out());

        sql("CREATE TABLE users (id bigint CONSTRAINT pk_users PRIMARY KEY,"
                + " email text NOT NULL CONSTRAINT uq_users_email UNIQUE)");
        CliRun equal = project.run("check", "--format", "json", USERS);
        assertEquals(0, equal.code(), equal.toString());
        assertEquals(head + "\"outcome\":\"equal\",\"exitCode\":0,\"tables\":1,\"indexes\":2,\"warnings\":[],"
                + "\"changes\":[],\"unmanaged\":[]}\n", equal.out());

        sql("CREATE RULE users_keep AS ON DELETE TO users DO INSTEAD NOTHING");
        CliRun unmanaged = project.run("check", "--format=json", USERS);
        assertEquals(Differences.UNMANAGED, unmanaged.code(), unmanaged.toString());
        assertEquals(head + "\"outcome\":\"unmanaged differences\",\"exitCode\":3,\"tables\":1,\"indexes\":2,"
                + "\"warnings\":[],\"changes\":[],\"unmanaged\":[{\"subject\":\"rule public.users.users_keep\","
                + "\"side\":\"only in from\",\"from\":\"CREATE RULE users_keep AS\\n    ON DELETE TO public.users DO"
                + " INSTEAD NOTHING; [enabled O]\",\"to\":null,\"description\":\"rule public.users.users_keep: only in"
                + " the source (from)\"}]}\n", unmanaged.out());
        assertEquals("", unmanaged.err(), "the JSON holds what the text form prints on stderr");
    }

    @Test
    void columnOrderWarningsAreInTheCheck() throws Exception {
        sql("CREATE TABLE users (email text NOT NULL CONSTRAINT uq_users_email UNIQUE,"
                + " id bigint CONSTRAINT pk_users PRIMARY KEY)");
        CliRun check = project.run("check", "--format", "json", USERS);
        assertEquals(0, check.code(), check.toString());
        assertEquals(true, check.out().contains("\"outcome\":\"equal\",\"exitCode\":0,\"tables\":1,\"indexes\":2,"
                + "\"warnings\":[\"table public.users: columns are in the order (email, id), expected (id, email);"),
                check.out());
    }

    @Test
    void diffListsChangesStatementsHazardsAndTransactionMode() throws Exception {
        sql("CREATE TABLE users (id bigint CONSTRAINT pk_users PRIMARY KEY,"
                + " email text NOT NULL CONSTRAINT uq_users_email UNIQUE)");
        sql("CREATE INDEX ix_users_email_lower ON users (lower(email))");
        String url = Project.postgresqlForm(db.url());
        String to = "class:" + TestSchemas.Users.class.getName();
        CliRun up = project.run("diff", "--from", url, "--to", to, "--format", "json", "--exit-code");
        assertEquals(RetortCli.DIFFERENCES, up.code(), up.toString());
        String drop = "drop index ix_users_email_lower on public.users";
        assertEquals("{\"direction\":\"upgrade\",\"outcome\":\"differences\",\"transactional\":false,"
                + "\"destructive\":false,\"hazards\":[\"SHARE_UPDATE_EXCLUSIVE_LOCK\",\"INDEX_DROPPED\",\"NOT_TRANSACTIONAL\"],"
                + "\"changes\":[{\"change\":\"" + drop + "\",\"hazards\":[\"SHARE_UPDATE_EXCLUSIVE_LOCK\",\"INDEX_DROPPED\","
                + "\"NOT_TRANSACTIONAL\"]}],"
                + "\"statements\":[{\"sql\":\"DROP INDEX CONCURRENTLY IF EXISTS public.ix_users_email_lower\","
                + "\"change\":\"" + drop + "\",\"transactional\":false,\"hazards\":["
                + "{\"hazard\":\"SHARE_UPDATE_EXCLUSIVE_LOCK\",\"message\":\"SHARE UPDATE EXCLUSIVE on public.users while"
                + " queries using the index finish: reads and writes continue, other schema changes and VACUUM wait\"},"
                + "{\"hazard\":\"INDEX_DROPPED\",\"message\":\"queries of public.users that used ix_users_email_lower may"
                + " become slow\"},"
                + "{\"hazard\":\"NOT_TRANSACTIONAL\",\"message\":\"DROP INDEX CONCURRENTLY cannot run in a transaction"
                + " block\"}]}],\"unmanaged\":[]}\n", up.out());

        CliRun down = project.run("diff", "--from", url, "--to", to, "--format", "json", "--down");
        assertEquals(0, down.code(), down.toString());
        String create = "create index ix_users_email_lower on public.users";
        assertEquals(true, down.out().startsWith("{\"direction\":\"downgrade\",\"outcome\":\"differences\","
                + "\"transactional\":false,\"destructive\":false,\"hazards\":[\"SHARE_UPDATE_EXCLUSIVE_LOCK\","
                + "\"INDEX_BUILD\",\"NOT_TRANSACTIONAL\"],\"changes\":[{\"change\":\"" + create + "\",\"hazards\":["
                + "\"SHARE_UPDATE_EXCLUSIVE_LOCK\",\"INDEX_BUILD\",\"NOT_TRANSACTIONAL\"]}],\"statements\":[{\"sql\":"
                + "\"CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email_lower ON public.users USING btree"
                + " ((lower(email)))\",\"change\":\"" + create + "\",\"transactional\":false,"), down.out());

        sql("DROP INDEX ix_users_email_lower");
        CliRun equal = project.run("diff", "--from", url, "--to", to, "--format", "json", "--exit-code");
        assertEquals(0, equal.code(), equal.toString());
        assertEquals("{\"direction\":\"upgrade\",\"outcome\":\"equal\",\"transactional\":true,\"destructive\":false,"
                + "\"hazards\":[],\"changes\":[],\"statements\":[],\"unmanaged\":[]}\n", equal.out());
    }

    @Test
    void diffMarksDestructiveStatementsAndUnmanagedDifferences() throws Exception {
        sql("CREATE TABLE users (id bigint CONSTRAINT pk_users PRIMARY KEY,"
                + " email text NOT NULL CONSTRAINT uq_users_email UNIQUE, nickname text)");
        sql("CREATE RULE users_keep AS ON DELETE TO users DO INSTEAD NOTHING");
        String url = Project.postgresqlForm(db.url());
        CliRun up = project.run("diff", "--from", url, "--to", "class:" + TestSchemas.Users.class.getName(),
                "--format", "json", "--exit-code");
        assertEquals(Differences.UNMANAGED, up.code(), up.toString());
        assertEquals("{\"direction\":\"upgrade\",\"outcome\":\"unmanaged differences\",\"transactional\":true,"
                + "\"destructive\":true,\"hazards\":[\"DELETES_DATA\",\"ACCESS_EXCLUSIVE_LOCK\"],"
                + "\"changes\":[{\"change\":\"drop column public.users.nickname\",\"hazards\":[\"DELETES_DATA\","
                + "\"ACCESS_EXCLUSIVE_LOCK\"]}],\"statements\":[{\"sql\":\"ALTER TABLE public.users DROP COLUMN nickname\","
                + "\"change\":\"drop column public.users.nickname\",\"transactional\":true,\"hazards\":["
                + "{\"hazard\":\"DELETES_DATA\",\"message\":\"the values of public.users.nickname are lost\"},"
                + "{\"hazard\":\"ACCESS_EXCLUSIVE_LOCK\",\"message\":\"ACCESS EXCLUSIVE on public.users, briefly: only"
                + " the catalog changes\"}]}],\"unmanaged\":[{\"subject\":\"rule public.users.users_keep\","
                + "\"side\":\"only in from\",\"from\":\"CREATE RULE users_keep AS\\n    ON DELETE TO public.users DO"
                + " INSTEAD NOTHING; [enabled O]\",\"to\":null,\"description\":\"rule public.users.users_keep: only in"
                + " the source (from)\"}]}\n", up.out());
    }
}
