package dev.retort.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.retort.diff.render.SqlNames;
import dev.retort.runner.sql.LockedTable;
import dev.retort.schema.model.QualifiedName;

/**
 * LockWait says what a statement that hit {@code lock_timeout} waited for: the table its statement locks and the
 * sessions that hold a lock on that table right after the timeout (PostgreSQL's error names neither), so that a
 * user can find the blocker.
 *
 * <pre>{@code
 * LockWait.describe(c, "ALTER TABLE users ADD COLUMN n int", lockTimeout);
 * // "waited longer than 300ms (retort.lock-timeout) for a lock on table public.users, held by pid 4711 (idle in
 * //  transaction: LOCK TABLE users IN ACCESS SHARE MODE)"
 * }</pre>
 */
final class LockWait {

    private LockWait() {
    }

    /** What {@code statement} waited for, for a message; {@code c} is a session of the same database. */
    static String describe(Connection c, String statement, Interval lockTimeout) {
        String waited = "waited longer than " + lockTimeout + " (" + Setting.LOCK_TIMEOUT.key() + ") for a lock";
        Optional<List<String>> table = statement == null ? Optional.empty() : LockedTable.of(statement);
        if (table.isEmpty()) {
            return waited + " another session holds";
        }
        List<String> parts = table.get();
        String regclass = parts.size() == 2 ? SqlNames.name(QualifiedName.of(parts.get(0), parts.get(1)))
                : SqlNames.name(parts.get(0));
        List<String> holders = new ArrayList<>();
        String resolved = regclass;
        // an index's lock is on its table too: both count
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT format('%I.%I', n.nspname, x.relname) FROM pg_class x"
                + "  JOIN pg_namespace n ON n.oid = x.relnamespace WHERE x.oid = r.oid), l.pid, l.mode, a.state,"
                + " left(regexp_replace(a.query, '\\s+', ' ', 'g'), 120)"
                + " FROM (SELECT to_regclass(?) AS oid) r"
                + " LEFT JOIN pg_locks l ON l.granted AND l.pid <> pg_backend_pid() AND l.locktype = 'relation'"
                + "  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + "  AND (l.relation = r.oid OR l.relation = (SELECT indrelid FROM pg_index WHERE indexrelid = r.oid))"
                + " LEFT JOIN pg_stat_activity a ON a.pid = l.pid ORDER BY l.pid")) {
            ps.setString(1, regclass);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        resolved = rs.getString(1);
                    }
                    if (rs.getObject(2) != null) {
                        holders.add("pid " + rs.getInt(2) + " (" + rs.getString(3) + ", " + rs.getString(4) + ": "
                                + rs.getString(5) + ")");
                    }
                }
            }
        } catch (SQLException e) {
            return waited + " on table " + regclass;
        }
        return waited + " on table " + resolved + (holders.isEmpty() ? ""
                : ", held by " + String.join(", ", holders.stream().distinct().toList()));
    }
}
