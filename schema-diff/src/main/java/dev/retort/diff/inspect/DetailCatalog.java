package dev.retort.diff.inspect;

import java.util.List;
import java.util.stream.Collectors;


/**
 * DetailCatalog lists, one entry per detail, what the inspector reads about managed objects that the model does
 * not hold. Each entry is a name, the SQL that prints its value and PostgreSQL's default (values equal to the
 * default are not reported). When the model learns a detail, its entry here is deleted, nothing else.
 *
 * <p>All entries of all kinds are read by one query ({@link #SQL}).
 */
final class DetailCatalog {

    /** One detail: its name in reports, the SQL of its value as text, the SQL of its default value. */
    record Entry(String detail, String valueSql, String defaultSql) {
    }

    /** The managed objects of one kind and their details; {@code from} may use the {@code managed} CTE. */
    record Source(String objectKind, String schemaSql, String objectSql, String from, String where,
                  List<Entry> entries) {
    }

    // Retort does not manage owners: an object owned by the role that inspects (and so creates, in the normalizer's
    // scratch database) is the default; another owner is reported, so a changed owner is never a silent "equal"
    private static final String OWNER_DEFAULT = "current_user";

    // the value of the same column of the (first) parent, for an inherited column
    private static final String PARENT_COLUMN = "CASE WHEN a.attinhcount > 0 THEN (SELECT %s FROM pg_catalog.pg_inherits inh"
            + " JOIN pg_catalog.pg_attribute pa ON pa.attrelid = inh.inhparent AND pa.attname = a.attname"
            + " LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum"
            + " WHERE inh.inhrelid = a.attrelid ORDER BY inh.inhseqno LIMIT 1) END";

    static final Source TABLES = new Source("table", "m.nspname", "m.relname",
            "managed m JOIN pg_catalog.pg_class c ON c.oid = m.oid", "true", List.of(
            // a partitioned table holds no rows: no access method unless one is set for its partitions
            new Entry("access method", "CASE WHEN c.relkind = 'p' AND c.relam = 0 THEN 'heap' ELSE (SELECT am.amname::text"
                    + " FROM pg_catalog.pg_am am WHERE am.oid = c.relam) END", "'heap'"),
            new Entry("owner", "pg_catalog.pg_get_userbyid(c.relowner)::text", OWNER_DEFAULT)));

    static final Source COLUMNS = new Source("column", "m.nspname", "m.relname || '.' || a.attname",
            "managed m JOIN pg_catalog.pg_class c ON c.oid = m.oid JOIN pg_catalog.pg_attribute a"
                    + " ON a.attrelid = m.oid AND a.attnum > 0 AND NOT a.attisdropped"
                    + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid", "true", List.of(
            new Entry("options", "pg_catalog.array_to_string(a.attoptions, ', ')", "NULL"),
            new Entry("statistics target", "NULLIF(a.attstattarget, -1)::text", "NULL"),
            // an inherited column (all of a partition's) is modelled on its parent: only what differs is reported
            new Entry("default of the inherited column", "CASE WHEN a.attinhcount > 0 THEN (SELECT"
                    + " pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = a.attrelid"
                    + " AND ad.adnum = a.attnum) END", PARENT_COLUMN.formatted("pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)"))));

    static final Source CONSTRAINTS = new Source("constraint", "m.nspname", "m.relname || '.' || con.conname",
            "managed m JOIN pg_catalog.pg_constraint con ON con.conrelid = m.oid AND con.conparentid = 0"
                    + " AND con.contype IN ('p', 'u', 'f', 'c')", "true", List.of(
            new Entry("index storage parameters", "CASE WHEN con.contype IN ('p', 'u') THEN (SELECT"
                    + " pg_catalog.array_to_string(ic.reloptions, ', ') FROM pg_catalog.pg_class ic"
                    + " WHERE ic.oid = con.conindid) END", "NULL"),
            // the columns exist only on newer servers: see sql(serverVersion)
            new Entry("ON DELETE SET columns", "{confdelsetcols}", "NULL"),
            new Entry("ENFORCED", "{conenforced}", "'true'"),
            // a partition's (or child's) copy of its parent's check, validated on its own (ALTER TABLE partition
            // VALIDATE CONSTRAINT) while every parent's is NOT VALID: the model holds the check on the parent only, so
            // without this two databases differing in it would compare equal. PostgreSQL refuses the reverse (a NOT
            // VALID copy under a valid parent's check), so only this direction exists.
            new Entry("validated while the parent check is NOT VALID", "CASE WHEN con.contype = 'c' AND con.coninhcount > 0"
                    + " AND con.convalidated AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits inh"
                    + " JOIN pg_catalog.pg_constraint pc ON pc.conrelid = inh.inhparent AND pc.conname = con.conname"
                    + " AND pc.contype = 'c' WHERE inh.inhrelid = con.conrelid AND pc.convalidated) THEN 'true' END",
                    "NULL")));

    static final Source INDEXES = new Source("index", "m.nspname", "m.relname || '.' || ic.relname",
            "managed m JOIN pg_catalog.pg_index i ON i.indrelid = m.oid"
                    + " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid",
            "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid"
                    + " AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))", List.of(
            // a partitioned index with a partition that has nothing attached is invalid, which the model holds (the
            // partition's IndexCopy without a name); any other invalid index is reported
            new Entry("valid", "(i.indisvalid OR ic.relkind = 'I' AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits tp"
                    + " WHERE tp.inhparent = i.indrelid AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ip"
                    + " JOIN pg_catalog.pg_index cx ON cx.indexrelid = ip.inhrelid"
                    + " WHERE ip.inhparent = i.indexrelid AND cx.indrelid = tp.inhrelid)))::text", "'true'")));

    static final Source SEQUENCES = new Source("sequence", "n.nspname", "c.relname",
            "pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace",
            "c.relkind = 'S' AND n.nspname = ANY (?)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_class'", "c.oid")
                    + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend own WHERE own.classid = 'pg_catalog.pg_class'::regclass"
                    + " AND own.objid = c.oid AND own.deptype = 'i')", List.of(
            new Entry("UNLOGGED", "(c.relpersistence = 'u')::text", "'false'"),
            new Entry("owner", "pg_catalog.pg_get_userbyid(c.relowner)::text", OWNER_DEFAULT)));

    // an identity's sequence is part of its column: its name is in the model (Column.identitySequence), the rest here
    static final Source IDENTITY_SEQUENCES = new Source("identity sequence", "m.nspname", "m.relname || '.' || a.attname",
            "managed m JOIN pg_catalog.pg_class tc ON tc.oid = m.oid JOIN pg_catalog.pg_depend own"
                    + " ON own.refclassid = 'pg_catalog.pg_class'::regclass AND own.refobjid = m.oid AND own.deptype = 'i'"
                    + " AND own.classid = 'pg_catalog.pg_class'::regclass JOIN pg_catalog.pg_class c ON c.oid = own.objid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a"
                    + " ON a.attrelid = m.oid AND a.attnum = own.refobjsubid", "true", List.of(
            new Entry("schema", "n.nspname::text", "m.nspname::text"),
            new Entry("comment", "pg_catalog.obj_description(c.oid, 'pg_class')", "NULL"),
            new Entry("UNLOGGED", "(c.relpersistence = 'u')::text", "(tc.relpersistence = 'u')::text"),
            new Entry("owner", "pg_catalog.pg_get_userbyid(c.relowner)::text",
                    "pg_catalog.pg_get_userbyid(tc.relowner)::text")));

    // views and materialized views are managed objects (dev.retort.diff.kind.view); what their records leave out
    static final Source VIEWS = new Source("view", "n.nspname", "c.relname",
            "pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace",
            "c.relkind = 'v' AND n.nspname = ANY (?) AND " + Catalog.notExtensionMember("'pg_catalog.pg_class'", "c.oid"),
            List.of(new Entry("column defaults", "(SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' '"
                            + " || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), ', ' ORDER BY a.attnum)"
                            + " FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid"
                            + " AND a.attnum = ad.adnum WHERE ad.adrelid = c.oid)", "NULL"),
                    new Entry("owner", "pg_catalog.pg_get_userbyid(c.relowner)::text", OWNER_DEFAULT)));

    static final Source MATERIALIZED_VIEWS = new Source("materialized view", "n.nspname", "c.relname",
            "pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace",
            "c.relkind = 'm' AND n.nspname = ANY (?) AND " + Catalog.notExtensionMember("'pg_catalog.pg_class'", "c.oid"),
            // its storage parameters are in its record (MaterializedViewKind)
            List.of(new Entry("owner", "pg_catalog.pg_get_userbyid(c.relowner)::text", OWNER_DEFAULT)));

    // user types (enums, domains, composite and range types) and routines: their owner only
    static final Source TYPES = new Source("type", "n.nspname", "t.typname",
            "pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace",
            "n.nspname = ANY (?) AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT tc.relkind"
                    + " FROM pg_catalog.pg_class tc WHERE tc.oid = t.typrelid) = 'c'))"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_type'", "t.oid"),
            List.of(new Entry("owner", "pg_catalog.pg_get_userbyid(t.typowner)::text", OWNER_DEFAULT)));

    static final Source ROUTINES = new Source("routine", "n.nspname",
            "p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'",
            "pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace",
            "n.nspname = ANY (?) AND " + Catalog.notExtensionMember("'pg_catalog.pg_proc'", "p.oid"),
            List.of(new Entry("owner", "pg_catalog.pg_get_userbyid(p.proowner)::text", OWNER_DEFAULT)));

    static final List<Source> SOURCES = List.of(TABLES, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES, IDENTITY_SEQUENCES,
            VIEWS, MATERIALIZED_VIEWS, TYPES, ROUTINES);

    private static final String SQL = Catalog.MANAGED_TABLES + "SELECT x.kind, x.schema_name, x.object_name, x.detail, x.value"
            + " FROM (" + SOURCES.stream().map(DetailCatalog::select).collect(Collectors.joining(" UNION ALL "))
            + ") x WHERE x.value IS DISTINCT FROM x.default_value ORDER BY 2, 3, 1, 4";

    private DetailCatalog() {
    }

    /**
     * Every detail of every managed object whose value is not the default: kind, schema, object, detail, value;
     * for a server of {@code server_version_num} {@code serverVersion}.
     */
    static String sql(int serverVersion) {
        return SQL.replace("{confdelsetcols}", serverVersion >= 150000
                        ? "pg_catalog.array_to_string(con.confdelsetcols, ',')" : "NULL")
                .replace("{conenforced}", serverVersion >= 180000 ? "con.conenforced::text" : "'true'");
    }

    private static String select(Source source) {
        String values = source.entries().stream()
                .map(e -> "('" + e.detail() + "', (" + e.valueSql() + ")::text, (" + e.defaultSql() + ")::text)")
                .collect(Collectors.joining(", "));
        return "SELECT '" + source.objectKind() + "' AS kind, (" + source.schemaSql() + ")::text AS schema_name, ("
                + source.objectSql() + ")::text AS object_name, d.detail, d.value, d.default_value FROM "
                + source.from() + " CROSS JOIN LATERAL (VALUES " + values + ") AS d(detail, value, default_value)"
                + " WHERE " + source.where();
    }
}
