package dev.retort.runner.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transaction control at the top level of a transactional migration is refused before the migration runs. */
class TransactionControlTest {

    static final String V1 = "20261101000000";
    static final String V2 = "20261102000000";

    @TempDir
    Path dir;
    TestDatabase db;
    Project project;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        project = new Project(dir, db).migration(V1, "items", "CREATE TABLE items (id int);\n", "DROP TABLE items;\n");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aCommitBeforeAFailingStatementIsRefusedAndNothingRuns() throws SQLException {
        project.migration(V2, "commit_early", "INSERT INTO items VALUES (1);\n-- keep this\nCOMMIT;\n"
                + "INSERT INTO no_such_table VALUES (1);\n", "DELETE FROM items;\n");
        CliRun up = project.run("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("refusing to upgrade: transaction control inside a migration that runs in one"
                + " transaction (V" + V2 + "__commit_early.sql line 3: COMMIT); nothing was run."), up.err());
        assertTrue(up.err().contains("executeInTransaction=false"), up.err());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'items'"), "V1 did not run either");
    }

    @Test
    void everyFormOfTransactionControlIsNamedWithItsLine() {
        project.migration(V2, "all_forms", "begin;\nSAVEPOINT a;\nRELEASE SAVEPOINT a;\nROLLBACK;\nStart Transaction;\n"
                + "END;\nABORT;\nPREPARE TRANSACTION 'x';\n"
                + "DO $$ BEGIN PERFORM 1; END $$;\n"
                + "CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;\n"
                + "SELECT 'COMMIT';\n", null);
        CliRun up = project.run("upgrade");
        assertEquals(2, up.code(), up.toString());
        String f = "V" + V2 + "__all_forms.sql line ";
        assertTrue(up.err().contains("(" + f + "1: BEGIN; " + f + "2: SAVEPOINT; " + f + "3: RELEASE; " + f
                + "4: ROLLBACK; " + f + "5: START TRANSACTION; " + f + "6: END; " + f + "7: ABORT; " + f
                + "8: PREPARE TRANSACTION)"), up.err());
    }

    @Test
    void aFileMarkedNonTransactionalMayControlItsTransactions() throws SQLException {
        project.migration(V2, "own_transactions", "BEGIN;\nINSERT INTO items VALUES (1);\nCOMMIT;\n", "DELETE FROM items;\n");
        project.write("V" + V2 + "__own_transactions.sql.conf", "executeInTransaction=false\n");
        CliRun up = project.run("upgrade");
        assertEquals(0, up.code(), up.toString());
        assertEquals(1, count("SELECT count(*) FROM items"));
    }

    @Test
    void aDowngradeWithTransactionControlIsRefusedBeforeItRuns() throws SQLException {
        project.migration(V2, "fill", "INSERT INTO items VALUES (1);\n", "DELETE FROM items;\nCOMMIT;\nSELECT 1/0;\n");
        assertEquals(0, project.run("upgrade").code());
        CliRun down = project.run("downgrade", "-1");
        assertEquals(2, down.code(), down.toString());
        assertTrue(down.err().contains("refusing to downgrade: transaction control inside a migration that runs in"
                + " one transaction (U" + V2 + "__fill.sql line 2: COMMIT)"), down.err());
        assertEquals(1, count("SELECT count(*) FROM items"));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aFileMixingConcurrentIndexBuildsWithOtherStatementsIsRefusedBeforeAnythingRuns() throws SQLException {
        project.migration(V2, "mixed", "CREATE TABLE tags (id int);\nCREATE INDEX CONCURRENTLY ix_items_id ON items (id);\n"
                + "INSERT INTO tags VALUES (1);\n", "DROP TABLE tags;\n");
        CliRun up = project.run("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("refusing to upgrade: V" + V2 + "__mixed.sql runs line 2 outside a transaction and"
                + " lines 1, 3 in one; nothing was run."), up.err());
        assertTrue(up.err().contains("Split the file: move the statements that must run outside a transaction into a"
                + " migration of their own"), up.err());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'items'"), "V1 did not run either");
    }

    @Test
    void aSetInOneMigrationDoesNotChangeTheNextOnesSession() throws SQLException {
        project.migration(V2, "long_wait", "SET lock_timeout = '1h';\nSET statement_timeout = 0;\n"
                + "SET search_path = pg_catalog;\nCREATE TABLE public.waits (id int);\n", "DROP TABLE public.waits;\n");
        project.migration("20261103000000", "observe", "CREATE TABLE seen AS SELECT current_setting('lock_timeout') AS lock,"
                + " current_setting('statement_timeout') AS statement;\n", "DROP TABLE seen;\n");
        CliRun up = project.run("upgrade", "--lock-timeout", "3s", "--statement-timeout", "5min");
        assertEquals(0, up.code(), up.toString());
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT lock || ' ' || statement FROM public.seen")) {
            rs.next();
            assertEquals("3s 5min", rs.getString(1));
        }
        assertEquals(1, count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'seen'"),
                "the search path of the next migration is Flyway's again");
    }
}
