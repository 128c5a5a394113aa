package dev.retort.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * SchemaCounts is how many tables and indexes the managed schemas hold (the history table excluded), for the
 * summaries commands print.
 *
 * <pre>{@code
 * SchemaCounts.of(connection, List.of("public"), history);   // 12 tables, 30 indexes
 * }</pre>
 *
 * @param tables  ordinary and partitioned tables
 * @param indexes indexes, including those backing primary keys and unique constraints
 */
public record SchemaCounts(int tables, int indexes) {

    public static SchemaCounts of(Connection c, List<String> schemas, HistoryTable history) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE c.relkind IN ('r','p')),"
                + " count(*) FILTER (WHERE c.relkind IN ('i','I'))"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_index i ON i.indexrelid = c.oid"
                + " WHERE n.nspname = ANY (?)"
                + " AND NOT (n.nspname = ? AND (c.relname = ? OR coalesce(i.indrelid = to_regclass(?), false)))")) {
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            ps.setString(2, history.schema());
            ps.setString(3, history.table());
            ps.setString(4, history.qualified());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new SchemaCounts(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    @Override
    public String toString() {
        return tables + (tables == 1 ? " table, " : " tables, ") + indexes + (indexes == 1 ? " index" : " indexes");
    }
}
