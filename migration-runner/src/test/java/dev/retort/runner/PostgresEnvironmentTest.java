package dev.retort.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** libpq's conventions for what a URL leaves out: PG* variables, the password file, Unix sockets. */
class PostgresEnvironmentTest {

    @TempDir
    Path home;

    private DatabaseUrl resolve(Map<String, String> env, String url) {
        return new PostgresEnvironment(env, home).resolve(url);
    }

    @Test
    void whatTheUrlSaysWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("PGHOST", "envhost", "PGPORT", "6543", "PGUSER", "envuser",
                "PGPASSWORD", "envpw", "PGDATABASE", "envdb");
        assertEquals(new DatabaseUrl("h", 5433, "d", "u", "p", "sslmode=require"),
                resolve(env, "postgresql://u:p@h:5433/d?sslmode=require"));
        assertEquals(new DatabaseUrl("envhost", 6543, "envdb", "envuser", "envpw", ""), resolve(env, "postgresql://"));
        assertEquals(new DatabaseUrl("h", 6543, "d", "envuser", "envpw", ""), resolve(env, "jdbc:postgresql://h/d"));
        assertEquals(new DatabaseUrl("h", 5432, "d", "q", "qp", ""), resolve(Map.of(), "postgres://h/d?user=q&password=qp"));
        assertEquals(new DatabaseUrl("::1", 5432, "d", null, null, ""), resolve(Map.of(), "postgresql://[::1]/d"));
    }

    @Test
    void thePasswordFileIsReadWhenNoPasswordIsGiven() throws Exception {
        Files.writeString(home.resolve(".pgpass"), "# comment\nh:5432:other:u:no\nh:*:d:u:pa\\:ss\n*:*:*:*:any\n");
        assertEquals("pa:ss", resolve(Map.of(), "postgresql://u@h/d").password());
        assertEquals("any", resolve(Map.of(), "postgresql://x@y/z").password());
        assertEquals("given", resolve(Map.of(), "postgresql://u:given@h/d").password());
        assertEquals("env", resolve(Map.of("PGPASSWORD", "env"), "postgresql://u@h/d").password());
        Path other = Files.writeString(home.resolve("elsewhere"), "h:5432:d:u:fromfile\n");
        assertEquals("fromfile", resolve(Map.of("PGPASSFILE", other.toString()), "postgresql://u@h/d").password());
        Files.delete(home.resolve(".pgpass"));
        assertNull(resolve(Map.of(), "postgresql://u@h/d").password());
    }

    @Test
    void aUrlWithoutDatabaseOrWithABadPortIsAnError() {
        RetortException none = assertThrows(RetortException.class, () -> resolve(Map.of(), "postgresql://u:secret@h"));
        assertEquals("the database URL postgresql://u:***@h:5432/ names no database; add it after the host"
                + " (postgresql://host:5432/mydb) or set PGDATABASE", none.getMessage());
        RetortException port = assertThrows(RetortException.class, () -> resolve(Map.of(), "postgresql://h:x/d"));
        assertTrue(port.getMessage().contains("is not a port number"), port.getMessage());
        RetortException form = assertThrows(RetortException.class, () -> resolve(Map.of(), "mysql://h/d"));
        assertTrue(form.getMessage().contains("not a PostgreSQL URL"), form.getMessage());
    }

    @Test
    void aFolderAsHostIsAUnixSocket() {
        String arg = "socketFactory=" + UnixSocketFactory.class.getName() + "&socketFactoryArg=%2Fvar%2Frun%2Fpostgresql%2F.s.PGSQL.5432";
        assertEquals(new DatabaseUrl("localhost", 5432, "app", null, null, arg),
                resolve(Map.of(), "postgresql:///app?host=/var/run/postgresql"));
        assertEquals(new DatabaseUrl("localhost", 5432, "app", "me", null, arg),
                resolve(Map.of(), "postgresql://me@%2Fvar%2Frun%2Fpostgresql/app"));
        assertEquals(new DatabaseUrl("localhost", 5432, "app", null, null, arg),
                resolve(Map.of("PGHOST", "/var/run/postgresql"), "postgresql:///app"));
    }

    @Test
    void connectsThroughTheServersUnixSocket() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            String folder = null;
            for (String candidate : new String[] {"/tmp", "/var/run/postgresql"}) {
                if (Files.exists(Path.of(candidate, ".s.PGSQL." + db.url().port()))) {
                    folder = candidate;
                }
            }
            assumeTrue(folder != null, "the test server has no Unix socket in /tmp or /var/run/postgresql");
            DatabaseUrl url = resolve(Map.of("PGUSER", db.url().user(),
                    "PGPASSWORD", db.url().password() == null ? "" : db.url().password()),
                    "postgresql:///" + db.url().database() + "?host=" + folder + "&port=" + db.url().port());
            try (Connection c = url.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT current_database(), inet_server_addr() IS NULL")) {
                assertTrue(rs.next());
                assertEquals(db.url().database(), rs.getString(1));
                assertTrue(rs.getBoolean(2), "connected over TCP, not the socket");
            }
        }
    }
}
