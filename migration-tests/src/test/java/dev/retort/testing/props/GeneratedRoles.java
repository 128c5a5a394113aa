package dev.retort.testing.props;

import dev.retort.postgres.TestDatabases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * GeneratedRoles creates the roles that generated grants and policies name ({@code gen_reader}, {@code gen_writer}):
 * Retort never creates roles, so they must exist on the server before a generated schema is normalized. Roles are
 * cluster-wide; the embedded server goes with the test JVM, so they are not dropped.
 */
final class GeneratedRoles {

    private static boolean created;

    private GeneratedRoles() {
    }

    static synchronized void ensure() {
        if (created) {
            return;
        }
        try (Connection c = TestDatabases.server().maintenanceUrl().connect(); Statement s = c.createStatement()) {
            for (String role : new String[] {"gen_reader", "gen_writer"}) {
                s.execute("DO $$BEGIN CREATE ROLE " + role + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$");
            }
            created = true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the roles of generated grants: " + e.getMessage(), e);
        }
    }
}
