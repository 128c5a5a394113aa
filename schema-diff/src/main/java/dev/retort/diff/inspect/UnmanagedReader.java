package dev.retort.diff.inspect;

import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * UnmanagedReader lists, in one query, every object of the inspected schemas that the model does not manage:
 * relations other than plain tables, routines, triggers, rules, policies, non-enum types, extensions and a
 * few rarer kinds. Extension members are the extension's own and are not listed one by one.
 */
final class UnmanagedReader {

    private static final String CLASS = "'pg_catalog.pg_class'";

    private static final String UNMANAGED = String.join(" UNION ALL ",
            "SELECT CASE WHEN c.relispartition THEN 'PARTITION'"
                    + " WHEN c.relkind = 'r' THEN 'INHERITED_TABLE'"
                    + " WHEN c.relkind = 'v' THEN 'VIEW' WHEN c.relkind = 'm' THEN 'MATERIALIZED_VIEW'"
                    + " WHEN c.relkind = 'f' THEN 'FOREIGN_TABLE' WHEN c.relkind = 'p' THEN 'PARTITIONED_TABLE'"
                    + " ELSE 'COMPOSITE_TYPE' END, n.nspname::text, c.relname::text"
                    + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ANY (?) AND (c.relkind IN ('v', 'm', 'f', 'p', 'c')"
                    + " OR (c.relkind = 'r' AND (c.relispartition"
                    + " OR EXISTS (SELECT 1 FROM pg_catalog.pg_inherits inh WHERE inh.inhrelid = c.oid))))"
                    + " AND " + Catalog.notExtensionMember(CLASS, "c.oid"),
            "SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE'"
                    + " WHEN 'w' THEN 'WINDOW_FUNCTION' ELSE 'FUNCTION' END, n.nspname,"
                    + " p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'"
                    + " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                    + " WHERE n.nspname = ANY (?) AND " + Catalog.notExtensionMember("'pg_catalog.pg_proc'", "p.oid")
                    // constructors of a range or multirange type depend on it internally and go with it
                    + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid ="
                    + " 'pg_catalog.pg_proc'::regclass AND dep.objid = p.oid AND dep.deptype = 'i')",
            // tgparentid <> 0: the clone of a partitioned table's trigger on each partition
            "SELECT 'TRIGGER', n.nspname, c.relname || '.' || t.tgname"
                    + " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ANY (?) AND NOT t.tgisinternal AND t.tgparentid = 0",
            "SELECT 'RULE', n.nspname, c.relname || '.' || r.rulename"
                    + " FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ANY (?) AND r.rulename <> '_RETURN'",
            "SELECT 'POLICY', n.nspname, c.relname || '.' || pol.polname"
                    + " FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (?)",
            // array types and the multirange twins of range types come with their base type
            "SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE' ELSE 'BASE_TYPE' END,"
                    + " n.nspname, t.typname"
                    + " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE n.nspname = ANY (?) AND t.typtype IN ('d', 'r', 'b')"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type el WHERE el.typarray = t.oid)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_type'", "t.oid"),
            "SELECT 'EXTENSION', n.nspname, e.extname FROM pg_catalog.pg_extension e"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname = ANY (?)",
            "SELECT 'COLLATION', n.nspname, co.collname FROM pg_catalog.pg_collation co"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace WHERE n.nspname = ANY (?)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_collation'", "co.oid"),
            "SELECT 'OPERATOR', n.nspname, o.oprname || '(' || pg_catalog.format_type(o.oprleft, NULL) || ', '"
                    + " || pg_catalog.format_type(o.oprright, NULL) || ')' FROM pg_catalog.pg_operator o"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE n.nspname = ANY (?)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_operator'", "o.oid"),
            "SELECT 'TEXT_SEARCH_CONFIGURATION', n.nspname, cfg.cfgname FROM pg_catalog.pg_ts_config cfg"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = cfg.cfgnamespace WHERE n.nspname = ANY (?)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_ts_config'", "cfg.oid"),
            "SELECT 'STATISTICS', n.nspname, st.stxname FROM pg_catalog.pg_statistic_ext st"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace WHERE n.nspname = ANY (?)");

    private UnmanagedReader() {
    }

    static void read(Catalog catalog, Consumer<UnmanagedObject> unmanaged) throws SQLException {
        catalog.query(UNMANAGED, rs -> unmanaged.accept(new UnmanagedObject(
                UnmanagedKind.valueOf(rs.getString(1)), QualifiedName.of(rs.getString(2), rs.getString(3)))));
    }
}
