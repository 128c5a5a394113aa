package dev.retort.runner.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** A missing privilege is named in Retort's words, with its GRANT, before any migration DDL runs. */
class PrivilegesTest {

    static final String V1 = "20261101000000";
    static final String V2 = "20261102000000";

    @TempDir
    Path dir;
    TestDatabase db;
    Project project;
    String role;

    @BeforeEach
    void setUp() throws SQLException {
        db = TestDatabases.fresh();
        role = "limited_" + db.url().database().replaceAll("[^a-z0-9_]", "");
        project = new Project(dir, db)
                .migration(V1, "items", "CREATE TABLE items (id int);\n", "DROP TABLE items;\n");
        execute("CREATE ROLE " + role + " LOGIN; REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
                + " GRANT USAGE ON SCHEMA public TO " + role);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void noCreateOnTheSchemaIsNamedBeforeFlywayTriesToCreateItsTable() throws SQLException {
        CliRun up = asLimited("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("refusing to upgrade: database user " + role + " lacks CREATE on schema public;"
                + " fix: GRANT CREATE ON SCHEMA public TO " + role + ". Nothing was run"), up.err());
        assertFalse((up.out() + up.err()).contains("-X"), up.toString());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename IN ('items', 'flyway_schema_history')"));
    }

    @Test
    void aHistoryTableTheUserCannotWriteIsNamedBeforeAnythingIsApplied() throws SQLException {
        assertEquals(0, project.run("upgrade").code());
        project.migration(V2, "tags", "CREATE TABLE tags (id int);\n", "DROP TABLE tags;\n");
        execute("GRANT CREATE ON SCHEMA public TO " + role + "; GRANT SELECT ON flyway_schema_history TO " + role);
        CliRun up = asLimited("upgrade");
        assertEquals(2, up.code(), up.toString());
        assertTrue(up.err().contains("lacks INSERT on the history table public.flyway_schema_history; fix:"
                + " GRANT INSERT ON public.flyway_schema_history TO " + role), up.err());
        assertFalse(up.out().contains("applied "), up.out());
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'tags'"));

        CliRun down = asLimited("downgrade", "-1");
        assertEquals(2, down.code(), down.toString());
        assertTrue(down.err().contains("refusing to downgrade: database user " + role + " lacks DELETE on the history"
                + " table"), down.err());
        assertEquals(1, count("SELECT count(*) FROM pg_tables WHERE tablename = 'items'"));

        CliRun stamp = asLimited("stamp", "head");
        assertEquals(2, stamp.code(), stamp.toString());
        assertTrue(stamp.err().contains("lacks INSERT on the history table"), stamp.err());
    }

    private CliRun asLimited(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = db.url().jdbcUrl() + "?user=" + role;
        return CliRun.run(project.root, Map.of(), all);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.connect()) {
            c.createStatement().execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
