package dev.retort.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TestDatabases hands every test its own fresh database on one server per JVM, never a mock.
 *
 * <p>The server is, in this order: the one named by {@code RETORT_TEST_DATABASE_URL} (environment) or
 * {@code retort.test.database.url} (system property), either URL form; a Testcontainers PostgreSQL when
 * {@code -Dretort.test.db=testcontainers} and a Docker engine answers; otherwise an embedded PostgreSQL
 * started once for the JVM. Databases are cloned from an empty template, which is cheap.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
 *     ...
 * }
 * }</pre>
 */
public final class TestDatabases {

    private static final String TEMPLATE = "retort_test_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);
    private static volatile PostgresServer server;

    private TestDatabases() {
    }

    /** A new empty database, dropped when the returned handle is closed. */
    public static TestDatabase fresh() {
        PostgresServer s = server();
        String name = "retort_t_" + RUN + "_" + COUNTER.incrementAndGet();
        DatabaseUrl url = s.createDatabase(name, TEMPLATE);
        return new TestDatabase() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DatabaseUrl url() {
                return url;
            }

            @Override
            public void close() {
                s.dropDatabase(name);
            }

            @Override
            public String toString() {
                return url.redacted();
            }
        };
    }

    /** The server tests run on, started or connected on first use. */
    public static PostgresServer server() {
        PostgresServer s = server;
        if (s == null) {
            synchronized (TestDatabases.class) {
                s = server;
                if (s == null) {
                    s = open();
                    prepareTemplate(s);
                    server = s;
                }
            }
        }
        return s;
    }

    private static PostgresServer open() {
        String url = System.getenv("RETORT_TEST_DATABASE_URL");
        if (url == null || url.isBlank()) {
            url = System.getProperty("retort.test.database.url");
        }
        if (url != null && !url.isBlank()) {
            return PostgresServer.at(DatabaseUrl.parse(url));
        }
        String mode = System.getProperty("retort.test.db", "embedded").toLowerCase(Locale.ROOT);
        if (mode.equals("testcontainers")) {
            return ContainerServer.start();
        }
        if (!mode.equals("embedded")) {
            throw new IllegalStateException("unknown -Dretort.test.db=" + mode + "; use embedded or testcontainers,"
                    + " or set RETORT_TEST_DATABASE_URL");
        }
        EmbeddedServer embedded = EmbeddedServer.start(null);
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "retort-embedded-postgres-stop"));
        return PostgresServer.at(embedded.url("postgres"));
    }

    // An empty template of our own, so tests on an external server never inherit objects from template1.
    private static void prepareTemplate(PostgresServer s) {
        try (Connection c = s.maintenanceUrl().connect()) {
            boolean exists;
            try (var rs = c.createStatement().executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + TEMPLATE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                try {
                    c.createStatement().execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0");
                } catch (SQLException raced) {
                    // another JVM created it first: fine
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test PostgreSQL at " + s.maintenanceUrl().redacted()
                    + ": " + e.getMessage(), e);
        }
    }
}
