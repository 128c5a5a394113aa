package dev.retort.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;

/**
 * HistoryTable reads and edits Flyway's history table directly, for what Flyway's community edition does not do:
 * removing a row when a downgrade ran, and stamping. The columns are Flyway's, so Flyway keeps working on it.
 *
 * <pre>{@code
 * HistoryTable history = new HistoryTable("public", "flyway_schema_history");
 * List<HistoryRow> rows = history.rows(connection);
 * }</pre>
 *
 * @param schema schema of the table
 * @param table  table name
 */
public record HistoryTable(String schema, String table) {

    /** Retort's column in the history table: the checksum of the {@code U} file recorded with its {@code V}. */
    public static final String DOWNGRADE_CHECKSUM = "retort_downgrade_checksum";

    public String qualified() {
        return SqlNames.name(QualifiedName.of(schema, table));
    }

    public boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, qualified());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** All rows by installed_rank; empty when the table does not exist yet. */
    public List<HistoryRow> rows(Connection c) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        if (!exists(c)) {
            return rows;
        }
        String downgradeSum = hasDowngradeChecksums(c) ? DOWNGRADE_CHECKSUM : "NULL::integer";
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, type, script, checksum,"
                     + " installed_by, installed_on, execution_time, success, " + downgradeSum + " FROM " + qualified()
                     + " ORDER BY installed_rank")) {
            while (rs.next()) {
                java.sql.Timestamp on = rs.getTimestamp(8);
                rows.add(new HistoryRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Integer) rs.getObject(6), rs.getString(7),
                        on == null ? null : on.toLocalDateTime().atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime(),
                        rs.getInt(9), rs.getBoolean(10), (Integer) rs.getObject(11)));
            }
        }
        return rows;
    }

    /** Whether Retort's column for downgrade checksums was added to the table. */
    public boolean hasDowngradeChecksums(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT FROM pg_attribute WHERE attrelid ="
                + " to_regclass(?) AND attname = ? AND NOT attisdropped)")) {
            ps.setString(1, qualified());
            ps.setString(2, DOWNGRADE_CHECKSUM);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Adds Retort's nullable column for the checksum of each {@code U} file. Flyway names the columns it reads
     * and writes, so an extra nullable column keeps the table Flyway's.
     */
    public void addDowngradeChecksums(Connection c) throws SQLException {
        if (exists(c) && !hasDowngradeChecksums(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + qualified() + " ADD COLUMN IF NOT EXISTS " + SqlNames.name(DOWNGRADE_CHECKSUM)
                        + " integer");
            }
        }
    }

    /** Records the checksum of the downgrade of the applied row of {@code version} (null: it has no U file). */
    public void recordDowngradeChecksum(Connection c, String version, Integer checksum) throws SQLException {
        addDowngradeChecksums(c);
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualified() + " SET " + DOWNGRADE_CHECKSUM
                + " = ? WHERE version = ? AND success")) {
            setInteger(ps, 1, checksum);
            ps.setString(2, version);
            ps.executeUpdate();
        }
    }

    /** Records what {@code retort repair} accepted: the file's name, description and checksum now. */
    public void realign(Connection c, int rank, String script, String description, Integer checksum)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualified() + " SET script = ?, description = ?,"
                + " checksum = ? WHERE installed_rank = ?")) {
            ps.setString(1, script);
            ps.setString(2, description);
            setInteger(ps, 3, checksum);
            ps.setInt(4, rank);
            ps.executeUpdate();
        }
    }

    /** Creates the table with Flyway's columns, when it does not exist. */
    public void createIfMissing(Connection c) throws SQLException {
        if (exists(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SqlNames.name(schema));
            s.execute("CREATE TABLE " + qualified() + " (installed_rank integer NOT NULL, version varchar(50),"
                    + " description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL,"
                    + " checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),"
                    + " execution_time integer NOT NULL, success boolean NOT NULL,"
                    + " CONSTRAINT " + SqlNames.name(table + "_pk") + " PRIMARY KEY (installed_rank))");
            s.execute("CREATE INDEX " + SqlNames.name(table + "_s_idx") + " ON " + qualified() + " (success)");
        }
    }

    /** Records a versioned SQL migration as applied, without running it. */
    public void insertApplied(Connection c, String version, String description, String script, Integer checksum)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + qualified() + " (installed_rank, version,"
                + " description, type, script, checksum, installed_by, execution_time, success)"
                + " SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, 'SQL', ?, ?, current_user, 0, true FROM "
                + qualified())) {
            ps.setString(1, version);
            ps.setString(2, description);
            ps.setString(3, script);
            setInteger(ps, 4, checksum);
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, int rank) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + qualified() + " WHERE installed_rank = ?")) {
            ps.setInt(1, rank);
            ps.executeUpdate();
        }
    }

    /**
     * Marks a row as not (fully) applied, as Flyway marks a migration that failed outside a transaction: before a
     * non-transactional downgrade runs, so that a run killed in the middle of it leaves a row that says so.
     */
    public void markIncomplete(Connection c, int rank) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualified() + " SET success = false"
                + " WHERE installed_rank = ?")) {
            ps.setInt(1, rank);
            ps.executeUpdate();
        }
    }

    /** Removes rows of migrations that failed outside a transaction (what {@code flyway repair} does). */
    public int deleteFailed(Connection c) throws SQLException {
        if (!exists(c)) {
            return 0;
        }
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("DELETE FROM " + qualified() + " WHERE NOT success");
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }


}
