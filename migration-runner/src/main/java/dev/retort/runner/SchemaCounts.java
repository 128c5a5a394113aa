package dev.retort.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * SchemaCounts is how many tables and indexes a database holds in its managed schemas and its history table's
 * schema, for the summaries commands print. The history table is counted, because it is in the database a user
 * looks at; the summary says how much of the count is the history table.
 *
 * <pre>{@code
 * SchemaCounts.of(connection, List.of("public"), history);   // 22 tables, 126 indexes (history table: 1 table, 2 indexes)
 * }</pre>
 *
 * @param tables         ordinary and partitioned tables, the history table included
 * @param indexes        indexes, including those backing primary keys and unique constraints, the history table's included
 * @param historyTables  1 when the history table exists, else 0
 * @param historyIndexes the history table's indexes
 */
public record SchemaCounts(int tables, int indexes, int historyTables, int historyIndexes) {

    public static SchemaCounts of(Connection c, List<String> schemas, HistoryTable history) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE c.relkind IN ('r','p')),"
                + " count(*) FILTER (WHERE c.relkind IN ('i','I')),"
                + " count(*) FILTER (WHERE c.relkind IN ('r','p') AND h.is_history),"
                + " count(*) FILTER (WHERE c.relkind IN ('i','I') AND h.is_history)"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_index i ON i.indexrelid = c.oid"
                + " CROSS JOIN LATERAL (SELECT n.nspname = ? AND (c.relname = ?"
                + "     OR coalesce(i.indrelid = to_regclass(?), false)) AS is_history) h"
                + " WHERE n.nspname = ANY (?) OR n.nspname = ?")) {
            ps.setString(1, history.schema());
            ps.setString(2, history.table());
            ps.setString(3, history.qualified());
            ps.setArray(4, c.createArrayOf("text", schemas.toArray()));
            ps.setString(5, history.schema());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new SchemaCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
            }
        }
    }

    /** Tables of the user's schema, the history table left out. */
    public int userTables() {
        return tables - historyTables;
    }

    /** Indexes of the user's schema, the history table's left out. */
    public int userIndexes() {
        return indexes - historyIndexes;
    }

    /** {@code 22 tables, 126 indexes}. */
    @Override
    public String toString() {
        return plural(tables, "table") + ", " + plural(indexes, "index");
    }

    /** How much of the count is the history table, e.g. {@code  (21 tables and 124 indexes of the schema, …)}. */
    public String detail() {
        if (historyTables == 0) {
            return "";
        }
        return " (" + plural(userTables(), "table") + " and " + plural(userIndexes(), "index")
                + " of the schema, plus the history table and its " + plural(historyIndexes, "index") + ")";
    }

    /** {@link #toString()} followed by {@link #detail()}. */
    public String withDetail() {
        return this + detail();
    }

    private static String plural(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.equals("index") ? "indexes" : noun + "s");
    }
}
