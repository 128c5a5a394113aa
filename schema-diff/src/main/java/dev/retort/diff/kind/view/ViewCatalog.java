package dev.retort.diff.kind.view;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.schema.model.ViewColumn;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ViewCatalog holds the catalog SQL that views and materialized views share: which relations they are, their
 * columns and column comments, and how {@code pg_depend} names them. A view is its {@code pg_class} row, its
 * columns (what other views read), its row type and that type's array (what routines may use) and its
 * {@code _RETURN} rule, which is what depends on the tables, columns and functions its query reads.
 */
final class ViewCatalog {

    private static final String RELATIONS = " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
            + " ON n.oid = c.relnamespace%s WHERE c.relkind = '%s' AND n.nspname = ANY (?) AND "
            + CatalogQuery.notExtensionMember("'pg_catalog.pg_class'", "c.oid");

    // the columns in order (type with its collation when it is not the type's own), and the commented ones
    static final String COLUMNS = "(SELECT pg_catalog.array_agg(a.attname::text ORDER BY a.attnum)"
            + " FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
            + " (SELECT pg_catalog.array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod)"
            + "  || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text"
            + "  ELSE '' END ORDER BY a.attnum)"
            + "  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + "  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
            + " (SELECT pg_catalog.array_agg(a.attname::text ORDER BY a.attnum) FROM pg_catalog.pg_attribute a"
            + "  JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass"
            + "  AND ds.objsubid = a.attnum WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
            + " (SELECT pg_catalog.array_agg(ds.description ORDER BY a.attnum) FROM pg_catalog.pg_attribute a"
            + "  JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass"
            + "  AND ds.objsubid = a.attnum WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
            + " (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = c.oid"
            + "  AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0)";

    private ViewCatalog() {
    }

    /** {@code FROM ... WHERE ...} of the relations of {@code relkind} ('v', 'm') in the inspected schemas. */
    static String relations(char relkind) {
        return relations(relkind, "");
    }

    /** The same, with {@code join} (e.g. {@code " JOIN pg_catalog.pg_index i ON i.indrelid = c.oid"}) added. */
    static String relations(char relkind, String join) {
        return String.format(RELATIONS, join, relkind);
    }

    /**
     * The pg_depend names of the relations of {@code relkind} as objects of {@code kind}: the relation, its columns,
     * its {@code _RETURN} rule, its row type and that type's array.
     */
    static String dependencyObjects(char relkind, String kind) {
        String name = ", '" + kind + "', n.nspname, c.relname, NULL::name";
        return String.join(" UNION ALL ",
                "SELECT 'pg_catalog.pg_class'::regclass, c.oid, 0" + name + relations(relkind),
                "SELECT 'pg_catalog.pg_class'::regclass, c.oid, a.attnum::integer" + name + relations(relkind,
                        " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"),
                "SELECT 'pg_catalog.pg_rewrite'::regclass, r.oid, 0" + name + relations(relkind,
                        " JOIN pg_catalog.pg_rewrite r ON r.ev_class = c.oid AND r.rulename = '_RETURN'"),
                "SELECT 'pg_catalog.pg_type'::regclass, t.oid, 0" + name + relations(relkind,
                        " JOIN pg_catalog.pg_type rt ON rt.oid = c.reltype"
                                + " JOIN pg_catalog.pg_type t ON t.oid = rt.oid OR t.oid = rt.typarray"));
    }

    /** The columns from the four arrays that {@link #COLUMNS} starts at {@code first}. */
    static List<ViewColumn> columns(ResultSet rs, int first) throws SQLException {
        List<String> names = strings(rs.getArray(first));
        List<String> types = strings(rs.getArray(first + 1));
        List<ViewColumn> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ViewColumn(names.get(i), types.get(i)));
        }
        return columns;
    }

    /** The column comments from the arrays that {@link #COLUMNS} has at {@code first + 2}. */
    static Map<String, String> columnComments(ResultSet rs, int first) throws SQLException {
        List<String> names = strings(rs.getArray(first + 2));
        List<String> texts = strings(rs.getArray(first + 3));
        Map<String, String> comments = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            comments.put(names.get(i), texts.get(i));
        }
        return comments;
    }

    /** The query as printed, without its trailing semicolon and surrounding blanks. */
    static String query(String printed) {
        String query = printed.strip();
        return query.endsWith(";") ? query.substring(0, query.length() - 1).strip() : query;
    }

    static boolean option(String value) {
        return value != null && List.of("true", "on", "yes", "1").contains(value.toLowerCase(java.util.Locale.ROOT));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((String) o);
        }
        return out;
    }
}
