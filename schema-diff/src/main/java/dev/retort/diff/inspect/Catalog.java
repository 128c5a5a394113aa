package dev.retort.diff.inspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Catalog runs the inspector's catalog queries on one connection, binding the list of inspected schemas to
 * every {@code ?} of a query. Each query covers the whole database: the inspector never asks per table.
 */
final class Catalog implements CatalogQuery {

    // Relations and types that belong to an extension (pg_depend deptype 'e') are the extension's business.
    static final String NOT_EXTENSION_MEMBER = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep"
            + " WHERE dep.classid = %s::regclass AND dep.objid = %s AND dep.deptype = 'e')";

    /**
     * The tables the model manages: ordinary and partitioned tables of the inspected schemas (partitions and
     * inheriting tables included) that are not members of an extension. Every query starts from this set.
     */
    static final String MANAGED_TABLES = "WITH managed AS ("
            + " SELECT c.oid, n.nspname, c.relname, c.relispartition FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p')"
            + " AND " + notExtensionMember("'pg_catalog.pg_class'", "c.oid") + ") ";

    private static final int FETCH_SIZE = 2000;

    private final Connection connection;
    private final Array schemas;
    private final int serverVersion;

    Catalog(Connection connection, List<String> schemas, int serverVersion) throws SQLException {
        this.connection = connection;
        this.schemas = connection.createArrayOf("text", schemas.toArray());
        this.serverVersion = serverVersion;
    }

    static String notExtensionMember(String catalog, String oid) {
        return String.format(NOT_EXTENSION_MEMBER, catalog, oid);
    }

    /** {@code server_version_num}, e.g. 170006. */
    @Override
    public int serverVersion() {
        return serverVersion;
    }

    /** Runs {@code sql}, binding the schema list to each parameter, and hands every row to {@code row}. */
    @Override
    public void query(String sql, Row row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            // rows arrive in batches (the inspector reads in a transaction, where the driver can fetch from a
            // portal) instead of all at once: 10,000 tables' pg_depend walk is 200,000 rows
            ps.setFetchSize(FETCH_SIZE);
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                ps.setArray(i, schemas);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
