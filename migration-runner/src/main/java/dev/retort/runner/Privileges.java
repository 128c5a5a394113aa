package dev.retort.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.retort.diff.render.SqlNames;

/**
 * Privileges checks, before a command runs anything, that the database user may do what the command will do:
 * CREATE on the schemas migrations write into (and on the history table's schema when Flyway must create the
 * table), and SELECT, INSERT, UPDATE or DELETE on the history table. A missing privilege is reported in Retort's
 * words — which privilege, on which object, and the GRANT that fixes it — instead of a failure halfway through.
 *
 * <pre>{@code
 * Privileges.require("upgrade", connection, history, List.of("public"), Privileges.Need.WRITE_HISTORY);
 * }</pre>
 */
public final class Privileges {

    /** What a command does to the history table. */
    public enum Need {
        /** upgrade: appends rows. */
        INSERT_HISTORY("INSERT"),
        /** downgrade: removes rows. */
        DELETE_HISTORY("DELETE"),
        /** stamp: appends and removes rows. */
        REWRITE_HISTORY("INSERT", "DELETE", "UPDATE"),
        /** repair: updates rows. */
        UPDATE_HISTORY("UPDATE");

        private final String[] privileges;

        Need(String... privileges) {
            this.privileges = privileges;
        }
    }

    private Privileges() {
    }

    /**
     * Throws naming each missing privilege.
     *
     * @param createIn schemas the command creates objects in (empty when it runs no DDL)
     */
    public static void require(String command, Connection c, HistoryTable history, List<String> createIn, Need need)
            throws SQLException {
        List<String> missing = new ArrayList<>();
        String user;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT current_user")) {
            rs.next();
            user = rs.getString(1);
        }
        boolean historyExists = history.exists(c);
        List<String> schemas = new ArrayList<>(createIn);
        if (!historyExists && !schemas.contains(history.schema())) {
            schemas.add(history.schema());
        }
        for (String schema : schemas) {
            try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN n.oid IS NULL"
                    + " THEN has_database_privilege(current_database(), 'CREATE')"
                    + " ELSE has_schema_privilege(n.oid, 'CREATE') END, n.oid IS NULL"
                    + " FROM (SELECT 1) one LEFT JOIN pg_namespace n ON n.nspname = ?")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        missing.add(rs.getBoolean(2)
                                ? "CREATE on database " + database(c) + " (schema " + SqlNames.name(schema)
                                + " does not exist yet); fix: GRANT CREATE ON DATABASE " + SqlNames.name(database(c))
                                + " TO " + SqlNames.name(user)
                                : "CREATE on schema " + SqlNames.name(schema) + "; fix: GRANT CREATE ON SCHEMA "
                                + SqlNames.name(schema) + " TO " + SqlNames.name(user));
                    }
                }
            }
        }
        if (historyExists) {
            List<String> table = new ArrayList<>(List.of("SELECT"));
            table.addAll(List.of(need.privileges));
            for (String privilege : table) {
                try (PreparedStatement ps = c.prepareStatement("SELECT has_table_privilege(?, ?)")) {
                    ps.setString(1, history.qualified());
                    ps.setString(2, privilege);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1)) {
                            missing.add(privilege + " on the history table " + history.qualified() + "; fix: GRANT "
                                    + privilege + " ON " + history.qualified() + " TO " + SqlNames.name(user));
                        }
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new RetortException("refusing to " + command + ": database user " + user + " lacks "
                    + String.join("; and ", missing) + ". Nothing was run; grant the privilege (as the object's owner)"
                    + " or run retort as a user that has it");
        }
    }

    private static String database(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
