package dev.retort.diff.acceptance;

import dev.retort.postgres.TestDatabases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Roles creates the roles tests grant to. Roles are cluster-wide: they are created when missing (another test may
 * have made them already) and dropped once the test class is done, when no test database holds privileges for them.
 *
 * <pre>{@code
 * Roles.create(connection, List.of("sec_reader"));
 * ...
 * Roles.dropCreated();   // in @AfterAll
 * }</pre>
 */
public final class Roles {

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private Roles() {
    }

    /** Creates each role unless it exists (NOLOGIN). */
    public static void create(Connection c, List<String> roles) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String role : roles) {
                if (!role.startsWith("sec_")) {
                    throw new IllegalArgumentException("test roles are named sec_...: " + role);
                }
                s.execute("DO $$BEGIN CREATE ROLE " + role + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$");
                CREATED.add(role);
            }
        }
    }

    /** Drops the roles {@link #create} made, ignoring those still in use elsewhere. */
    public static void dropCreated() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection c = TestDatabases.server().maintenanceUrl().connect(); Statement s = c.createStatement()) {
            for (String role : CREATED) {
                try {
                    s.execute("DROP ROLE IF EXISTS " + role);
                } catch (SQLException inUse) {
                    // privileges of another JVM's database still name it: that run drops it
                }
            }
            CREATED.clear();
        } catch (SQLException e) {
            // the server is gone already
        }
    }
}
