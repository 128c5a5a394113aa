package dev.retort.postgres;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDatabasesTest {

    @Test
    void eachTestGetsItsOwnEmptyDatabaseOnARealServer() throws SQLException {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.connect(); Connection cb = b.connect()) {
            assertNotEquals(a.name(), b.name());
            ca.createStatement().execute("CREATE TABLE only_in_a (id int)");
            assertEquals(1, count(ca, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'"));
            assertEquals(0, count(cb, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'"));
            assertTrue(count(ca, "SELECT current_setting('server_version_num')::int") >= 140000);
        }
    }

    @Test
    void closingDropsTheDatabase() throws SQLException {
        String name;
        try (TestDatabase db = TestDatabases.fresh()) {
            name = db.name();
        }
        try (Connection c = TestDatabases.server().maintenanceUrl().connect()) {
            assertEquals(0, count(c, "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"));
        }
    }

    @Test
    void opensADatabaseGivenAsAPostgresqlUrl() throws SQLException {
        DatabaseUrl maintenance = TestDatabases.server().maintenanceUrl();
        String typed = "postgresql://" + maintenance.user() + "@" + maintenance.host() + ":" + maintenance.port() + "/"
                + maintenance.database();
        PostgresServer server = PostgresServer.at(DatabaseUrl.parse(typed));
        DatabaseUrl created = server.createDatabase("retort_url_test_" + ProcessHandle.current().pid(), null);
        try (Connection c = DatabaseUrl.parse(created.jdbcUrl() + "?user=" + maintenance.user()).connect()) {
            assertEquals(created.database(), string(c, "SELECT current_database()"));
        } finally {
            server.dropDatabase(created.database());
        }
        try (Connection c = maintenance.connect()) {
            assertFalse(string(c, "SELECT string_agg(datname, ',') FROM pg_database").contains(created.database()));
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
