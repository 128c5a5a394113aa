package dev.retort.diff.inspect;

import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.function.Consumer;

import static dev.retort.diff.inspect.CatalogText.comment;
import static dev.retort.diff.inspect.CatalogText.grants;
import static dev.retort.diff.inspect.CatalogText.line;
import static dev.retort.diff.inspect.CatalogText.lines;

/**
 * UnmanagedReader lists, in one query, every object of the inspected schemas that the model does not manage,
 * with its definition: relations other than plain tables, routines, triggers, rules, policies, non-enum types,
 * extensions, a few rarer kinds, and the database-level event triggers and publications. Extension members are
 * the extension's own and are not listed one by one.
 */
final class UnmanagedReader {

    private static final String CLASS = "'pg_catalog.pg_class'";

    // Everything a relation the model does not hold can differ in, whatever its kind: a view's query, the
    // columns of a partitioned table, a partition's bound, its indexes and constraints, a foreign table's server.
    private static final String RELATION = lines(
            "CASE WHEN c.relkind IN ('v', 'm') THEN " + line("query", "pg_catalog.pg_get_viewdef(c.oid, true)") + " END",
            line("columns", "SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' '"
                    + " || pg_catalog.format_type(a.atttypid, a.atttypmod)"
                    + " || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END"
                    + " || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END"
                    + " || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END"
                    + " || COALESCE(' DEFAULT ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '')"
                    + " || COALESCE(' ACL ' || " + grants("a.attacl", "c.relowner", null) + ", '')"
                    + ", ', ' ORDER BY a.attnum)"
                    + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
                    + " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
                    + " WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"),
            line("partition key", "pg_catalog.pg_get_partkeydef(c.oid)"),
            line("bound", "pg_catalog.pg_get_expr(c.relpartbound, c.oid)"),
            line("inherits", "SELECT pg_catalog.string_agg(inh.inhparent::regclass::text, ', ' ORDER BY inh.inhseqno)"
                    + " FROM pg_catalog.pg_inherits inh WHERE inh.inhrelid = c.oid"),
            line("options", "pg_catalog.array_to_string(c.reloptions, ', ')"),
            line("indexes", "SELECT pg_catalog.string_agg(d.def, '; ' ORDER BY d.def) FROM (SELECT"
                    + " pg_catalog.pg_get_indexdef(i.indexrelid) AS def FROM pg_catalog.pg_index i"
                    + " WHERE i.indrelid = c.oid) d"),
            line("constraints", "SELECT pg_catalog.string_agg(d.def, '; ' ORDER BY d.def) FROM (SELECT"
                    + " pg_catalog.quote_ident(con.conname) || ' ' || pg_catalog.pg_get_constraintdef(con.oid) AS def"
                    + " FROM pg_catalog.pg_constraint con WHERE con.conrelid = c.oid) d"),
            line("server", "SELECT pg_catalog.quote_ident(srv.srvname) || COALESCE(' OPTIONS '"
                    + " || pg_catalog.array_to_string(ft.ftoptions, ', '), '') FROM pg_catalog.pg_foreign_table ft"
                    + " JOIN pg_catalog.pg_foreign_server srv ON srv.oid = ft.ftserver WHERE ft.ftrelid = c.oid"),
            "CASE WHEN c.relpersistence = 'u' THEN 'UNLOGGED' END",
            "CASE WHEN c.relrowsecurity THEN 'ROW LEVEL SECURITY' END",
            "CASE WHEN c.relforcerowsecurity THEN 'FORCE ROW LEVEL SECURITY' END",
            line("grants", grants("c.relacl", "c.relowner", "r")),
            line("comment", comment("c.oid", "pg_class")));

    private static final String AGGREGATE = lines(
            line("arguments", "pg_catalog.pg_get_function_arguments(p.oid)"),
            line("state function", "ag.aggtransfn::text"),
            line("state type", "pg_catalog.format_type(ag.aggtranstype, NULL)"),
            line("final function", "NULLIF(ag.aggfinalfn::text, '-')"),
            line("combine function", "NULLIF(ag.aggcombinefn::text, '-')"),
            line("initial value", "ag.agginitval"),
            line("sort operator", "NULLIF(ag.aggsortop::regoperator::text, '0')"),
            line("kind", "ag.aggkind::text"));

    private static final String ROUTINE = lines(
            "CASE WHEN p.prokind = 'a' THEN " + AGGREGATE + " ELSE pg_catalog.pg_get_functiondef(p.oid) END",
            line("grants", grants("p.proacl", "p.proowner", "f")),
            line("comment", comment("p.oid", "pg_proc")));

    private static final String POLICY = lines(
            "CASE WHEN pol.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END || ' FOR ' || CASE pol.polcmd"
                    + " WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE'"
                    + " ELSE 'ALL' END",
            line("to", "SELECT pg_catalog.string_agg(r.role_name, ', ' ORDER BY r.role_name) FROM (SELECT CASE WHEN"
                    + " ro.oid = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(ro.oid)) END"
                    + " AS role_name FROM pg_catalog.unnest(pol.polroles) AS ro(oid)) r"),
            line("using", "pg_catalog.pg_get_expr(pol.polqual, pol.polrelid)"),
            line("with check", "pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid)"));

    private static final String TYPE = lines(
            "CASE WHEN t.typtype = 'd' THEN " + line("domain of", "pg_catalog.format_type(t.typbasetype, t.typtypmod)") + " END",
            "CASE WHEN t.typtype = 'd' AND t.typnotnull THEN 'NOT NULL' END",
            line("default", "t.typdefault"),
            line("collation", "CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation"
                    + " THEN t.typcollation::regcollation::text END"),
            line("constraints", "SELECT pg_catalog.string_agg(d.def, '; ' ORDER BY d.def) FROM (SELECT"
                    + " pg_catalog.quote_ident(con.conname) || ' ' || pg_catalog.pg_get_constraintdef(con.oid) AS def"
                    + " FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid) d"),
            line("range", "SELECT pg_catalog.format_type(rng.rngsubtype, NULL)"
                    + " || ' opclass ' || (SELECT opc.opcname FROM pg_catalog.pg_opclass opc WHERE opc.oid = rng.rngsubopc)"
                    + " || COALESCE(' collation ' || NULLIF(rng.rngcollation, 0)::regcollation::text, '')"
                    + " || ' canonical ' || rng.rngcanonical::text || ' subtype_diff ' || rng.rngsubdiff::text"
                    + " FROM pg_catalog.pg_range rng WHERE rng.rngtypid = t.oid"),
            "CASE WHEN t.typtype = 'b' THEN " + line("base", "pg_catalog.concat_ws(' ', 'input', t.typinput::text,"
                    + " 'output', t.typoutput::text, 'receive', t.typreceive::text, 'send', t.typsend::text,"
                    + " 'length', t.typlen, 'byval', t.typbyval, 'align', t.typalign, 'storage', t.typstorage,"
                    + " 'category', t.typcategory, 'delimiter', t.typdelim)") + " END",
            line("grants", grants("t.typacl", "t.typowner", "T")),
            line("comment", comment("t.oid", "pg_type")));

    // the role whose future objects they apply to, the kind of objects, and the grants (sorted: one ACL, one text)
    private static final String DEFAULT_ACL = "pg_catalog.pg_get_userbyid(d.defaclrole) || ' on ' || CASE d.defaclobjtype"
            + " WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types'"
            + " WHEN 'n' THEN 'schemas' ELSE d.defaclobjtype::text END,"
            + " (SELECT pg_catalog.string_agg(a::text, ', ' ORDER BY a::text) FROM pg_catalog.unnest(d.defaclacl) a)";

    private static final String UNMANAGED = String.join(" UNION ALL ",
            "SELECT CASE WHEN c.relispartition THEN 'PARTITION'"
                    + " WHEN c.relkind = 'r' THEN 'INHERITED_TABLE'"
                    + " WHEN c.relkind = 'v' THEN 'VIEW' WHEN c.relkind = 'm' THEN 'MATERIALIZED_VIEW'"
                    + " WHEN c.relkind = 'f' THEN 'FOREIGN_TABLE' WHEN c.relkind = 'p' THEN 'PARTITIONED_TABLE'"
                    + " ELSE 'COMPOSITE_TYPE' END, n.nspname::text, c.relname::text, " + RELATION
                    + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    // plain and partitioned tables, partitions and inheriting tables are managed
                    + " WHERE n.nspname = ANY (?) AND c.relkind IN ('v', 'm', 'f', 'c')"
                    + " AND " + Catalog.notExtensionMember(CLASS, "c.oid"),
            // the support functions of an aggregate or a base type go with it, and are reported under its kind
            // (functions and procedures are managed: see RoutineKind)
            "SELECT CASE WHEN p.prokind = 'p' THEN 'PROCEDURE' WHEN p.prokind = 'a' THEN 'AGGREGATE'"
                    + " WHEN p.prokind = 'w' THEN 'WINDOW_FUNCTION'"
                    + " WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_aggregate sag WHERE p.oid IN (sag.aggtransfn,"
                    + " sag.aggfinalfn, sag.aggcombinefn, sag.aggserialfn, sag.aggdeserialfn, sag.aggmtransfn,"
                    + " sag.aggminvtransfn, sag.aggmfinalfn)) THEN 'AGGREGATE'"
                    + " WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_type bt WHERE bt.typtype = 'b' AND p.oid IN (bt.typinput,"
                    + " bt.typoutput, bt.typreceive, bt.typsend, bt.typmodin, bt.typmodout, bt.typanalyze,"
                    + " bt.typsubscript)) THEN 'BASE_TYPE' ELSE 'FUNCTION' END, n.nspname,"
                    + " p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', " + ROUTINE
                    + " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                    + " LEFT JOIN pg_catalog.pg_aggregate ag ON ag.aggfnoid = p.oid"
                    + " WHERE n.nspname = ANY (?) AND " + Catalog.notExtensionMember("'pg_catalog.pg_proc'", "p.oid")
                    // constructors of a range or multirange type depend on it internally and go with it
                    + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid ="
                    + " 'pg_catalog.pg_proc'::regclass AND dep.objid = p.oid AND dep.deptype = 'i')",
            // tgparentid <> 0: the clone of a partitioned table's trigger on each partition
            "SELECT 'TRIGGER', n.nspname, c.relname || '.' || t.tgname,"
                    + " pg_catalog.pg_get_triggerdef(t.oid) || ' [enabled ' || t.tgenabled::text || ']'"
                    + " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ANY (?) AND NOT t.tgisinternal AND t.tgparentid = 0",
            "SELECT 'RULE', n.nspname, c.relname || '.' || r.rulename,"
                    + " pg_catalog.pg_get_ruledef(r.oid) || ' [enabled ' || r.ev_enabled::text || ']'"
                    + " FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ANY (?) AND r.rulename <> '_RETURN'",
            "SELECT 'POLICY', n.nspname, c.relname || '.' || pol.polname, " + POLICY
                    + " FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (?)",
            // array types and the multirange twins of range types come with their base type
            "SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE' ELSE 'BASE_TYPE' END,"
                    + " n.nspname, t.typname, " + TYPE
                    + " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                    + " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype"
                    + " WHERE n.nspname = ANY (?) AND t.typtype IN ('d', 'r', 'b')"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type el WHERE el.typarray = t.oid)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_type'", "t.oid"),
            "SELECT 'EXTENSION', n.nspname, e.extname, 'version ' || e.extversion FROM pg_catalog.pg_extension e"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname = ANY (?)",
            "SELECT 'COLLATION', n.nspname, co.collname, pg_catalog.concat_ws(' ', 'provider', co.collprovider,"
                    + " 'deterministic', co.collisdeterministic, 'collate', co.collcollate, 'ctype', co.collctype,"
                    // colliculocale (15, 16) was renamed colllocale (17); read through jsonb to run on both
                    + " 'locale', COALESCE(pg_catalog.to_jsonb(co) ->> 'colllocale', pg_catalog.to_jsonb(co) ->> 'colliculocale'),"
                    + " 'rules', pg_catalog.to_jsonb(co) ->> 'collicurules')"
                    + " FROM pg_catalog.pg_collation co"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace WHERE n.nspname = ANY (?)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_collation'", "co.oid"),
            "SELECT 'OPERATOR', n.nspname, o.oprname || '(' || pg_catalog.format_type(o.oprleft, NULL) || ', '"
                    + " || pg_catalog.format_type(o.oprright, NULL) || ')', pg_catalog.concat_ws(' ',"
                    + " 'function', o.oprcode::text, 'result', pg_catalog.format_type(o.oprresult, NULL),"
                    + " 'commutator', NULLIF(o.oprcom, 0)::regoperator::text,"
                    + " 'negator', NULLIF(o.oprnegate, 0)::regoperator::text,"
                    + " 'restrict', o.oprrest::text, 'join', o.oprjoin::text,"
                    + " 'merges', o.oprcanmerge, 'hashes', o.oprcanhash)"
                    + " FROM pg_catalog.pg_operator o"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE n.nspname = ANY (?)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_operator'", "o.oid"),
            "SELECT 'TEXT_SEARCH_CONFIGURATION', n.nspname, cfg.cfgname, 'parser ' || (SELECT prsn.nspname || '.' || prs.prsname"
                    + " FROM pg_catalog.pg_ts_parser prs JOIN pg_catalog.pg_namespace prsn ON prsn.oid = prs.prsnamespace"
                    + " WHERE prs.oid = cfg.cfgparser)"
                    + " || COALESCE(' mapping ' || (SELECT pg_catalog.string_agg(m.maptokentype || ':'"
                    + " || m.mapdict::regdictionary::text, ', ' ORDER BY m.maptokentype, m.mapseqno)"
                    + " FROM pg_catalog.pg_ts_config_map m WHERE m.mapcfg = cfg.oid), '')"
                    + " FROM pg_catalog.pg_ts_config cfg"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = cfg.cfgnamespace WHERE n.nspname = ANY (?)"
                    + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_ts_config'", "cfg.oid"),
            "SELECT 'STATISTICS', n.nspname, st.stxname, pg_catalog.pg_get_statisticsobjdef(st.oid)"
                    + " FROM pg_catalog.pg_statistic_ext st"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace WHERE n.nspname = ANY (?)",
            "SELECT 'DEFAULT_PRIVILEGES', n.nspname, " + DEFAULT_ACL + " FROM pg_catalog.pg_default_acl d"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace WHERE n.nspname = ANY (?)",
            "SELECT 'DEFAULT_PRIVILEGES_ALL_SCHEMAS', '', " + DEFAULT_ACL + " FROM pg_catalog.pg_default_acl d"
                    + " WHERE d.defaclnamespace = 0",
            "SELECT 'EVENT_TRIGGER', '', ev.evtname, pg_catalog.concat_ws(' ', 'on', ev.evtevent, 'execute',"
                    + " ev.evtfoid::regproc::text, 'enabled', ev.evtenabled, 'tags',"
                    + " pg_catalog.array_to_string(ev.evttags, ', ')) FROM pg_catalog.pg_event_trigger ev"
                    + " WHERE " + Catalog.notExtensionMember("'pg_catalog.pg_event_trigger'", "ev.oid"),
            "SELECT 'PUBLICATION', '', pub.pubname, pg_catalog.concat_ws(' ', 'all tables', pub.puballtables,"
                    + " 'insert', pub.pubinsert, 'update', pub.pubupdate, 'delete', pub.pubdelete,"
                    + " 'truncate', pub.pubtruncate, 'via root', pub.pubviaroot, 'tables',"
                    + " (SELECT pg_catalog.string_agg(pr.prrelid::regclass::text, ', ' ORDER BY pr.prrelid::regclass::text)"
                    + " FROM pg_catalog.pg_publication_rel pr WHERE pr.prpubid = pub.oid))"
                    + " FROM pg_catalog.pg_publication pub");

    private UnmanagedReader() {
    }

    static void read(Catalog catalog, Consumer<UnmanagedObject> unmanaged) throws SQLException {
        catalog.query(UNMANAGED, rs -> unmanaged.accept(new UnmanagedObject(UnmanagedKind.valueOf(rs.getString(1)),
                QualifiedName.of(rs.getString(2), rs.getString(3)), rs.getString(4))));
    }
}
