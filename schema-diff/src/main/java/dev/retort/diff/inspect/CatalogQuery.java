package dev.retort.diff.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * CatalogQuery runs one catalog query of an inspection, binding the list of inspected schemas to every {@code ?}
 * (as a {@code text[]}, so write {@code n.nspname = ANY (?)}). It is what an object kind's reader is given: each
 * reader runs a fixed number of queries over the whole database, never one per object.
 *
 * <pre>{@code
 * catalog.query("SELECT e.extname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n"
 *         + " ON n.oid = e.extnamespace WHERE n.nspname = ANY (?)", rs -> names.add(rs.getString(1)));
 * }</pre>
 */
public interface CatalogQuery {

    /** Handles one row of a result. */
    @FunctionalInterface
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql}, binding the schema list to each parameter, and hands every row to {@code row}. */
    void query(String sql, Row row) throws SQLException;

    /** {@code server_version_num} of the inspected server, e.g. 170006. */
    int serverVersion();

    /**
     * The SQL condition that an object is not a member of an extension ({@code pg_depend} deptype {@code e}), for a
     * catalog such as {@code 'pg_catalog.pg_proc'} and the object's oid column.
     */
    static String notExtensionMember(String catalog, String oid) {
        return Catalog.notExtensionMember(catalog, oid);
    }

    /**
     * The {@code WITH managed AS (...)} clause naming the tables the model manages (columns oid, nspname, relname),
     * to start a query with; it binds the schema list once.
     */
    static String managedTables() {
        return Catalog.MANAGED_TABLES;
    }
}
