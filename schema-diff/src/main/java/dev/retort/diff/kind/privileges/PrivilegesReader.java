package dev.retort.diff.kind.privileges;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.schema.model.Grant;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PrivilegesReader reads, in one query, the ACLs of the managed tables and their columns, the sequences, schemas
 * and enum types of the inspected schemas, and of the routines, domains, composite and range types, views and
 * materialized views (and their columns) once a kind
 * manages those (privileges on an object Retort cannot create would make a plan that fails). Each ACL is compared
 * with PostgreSQL's default for its object ({@code acldefault}, plus PUBLIC's USAGE, and before 15 CREATE, on the
 * {@code public} schema): what it grants beyond becomes a grant, a default it lacks a revoked default. The owner's own
 * entries are left out.
 */
final class PrivilegesReader {

    private static final String OWNER_EXCLUDED = " WHERE a.grantee <> t.owner";

    private PrivilegesReader() {
    }

    static List<Privileges> read(CatalogQuery catalog, Set<UnmanagedKind> managed) throws SQLException {
        Map<ObjectId, List<Grant>> grants = new LinkedHashMap<>();
        Map<ObjectId, List<Grant>> revoked = new LinkedHashMap<>();
        catalog.query(sql(catalog.serverVersion(), managed), rs -> {
            ObjectKind kind = ObjectKind.valueOf(rs.getString(2));
            QualifiedName name = QualifiedName.of(rs.getString(3), rs.getString(4));
            ObjectId target = new ObjectId(kind, name, rs.getString(5));
            Grant grant = new Grant(rs.getString(6), rs.getString(7), rs.getBoolean(8));
            (rs.getString(1).equals("grant") ? grants : revoked).computeIfAbsent(target, k -> new ArrayList<>()).add(grant);
            (rs.getString(1).equals("grant") ? revoked : grants).computeIfAbsent(target, k -> new ArrayList<>());
        });
        List<Privileges> out = new ArrayList<>();
        grants.forEach((target, list) -> out.add(new Privileges(target, list, revoked.get(target))));
        return out;
    }

    static String sql(int serverVersion, Set<UnmanagedKind> managed) {
        List<String> targets = new ArrayList<>();
        targets.add("SELECT 'TABLE', m.nspname, m.relname, NULL::text, c.relacl, pg_catalog.acldefault('r', c.relowner),"
                + " c.relowner FROM managed m JOIN pg_catalog.pg_class c ON c.oid = m.oid");
        targets.add("SELECT 'COLUMN', m.nspname, m.relname, a.attname::text, a.attacl, NULL::aclitem[], c.relowner"
                + " FROM managed m JOIN pg_catalog.pg_class c ON c.oid = m.oid JOIN pg_catalog.pg_attribute a"
                + " ON a.attrelid = m.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL");
        targets.add("SELECT 'SEQUENCE', n.nspname, c.relname, NULL, c.relacl, pg_catalog.acldefault('s', c.relowner),"
                + " c.relowner FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind = 'S' AND n.nspname = ANY (?)"
                + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_class'", "c.oid")
                // an identity or owned sequence goes with its table: only those of managed tables
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend own WHERE own.classid = 'pg_catalog.pg_class'::regclass"
                + " AND own.objid = c.oid AND own.refclassid = 'pg_catalog.pg_class'::regclass AND own.deptype IN ('a', 'i')"
                + " AND own.refobjid NOT IN (SELECT oid FROM managed))");
        List<String> relationKinds = new ArrayList<>();
        if (managed.contains(UnmanagedKind.VIEW)) {
            relationKinds.add("'v'");
        }
        if (managed.contains(UnmanagedKind.MATERIALIZED_VIEW)) {
            relationKinds.add("'m'");
        }
        if (!relationKinds.isEmpty()) {
            // views and materialized views take a relation's privileges, their columns column privileges
            String views = "pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace";
            String where = " WHERE c.relkind IN (" + String.join(", ", relationKinds) + ") AND n.nspname = ANY (?)"
                    + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_class'", "c.oid");
            targets.add("SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED_VIEW' END, n.nspname, c.relname,"
                    + " NULL, c.relacl, pg_catalog.acldefault('r', c.relowner), c.relowner FROM " + views + where);
            targets.add("SELECT 'COLUMN', n.nspname, c.relname, a.attname::text, a.attacl, NULL::aclitem[], c.relowner"
                    + " FROM " + views + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
                    + " AND NOT a.attisdropped AND a.attacl IS NOT NULL" + where);
        }
        String publicSchema = serverVersion >= 150000
                ? "ARRAY[pg_catalog.makeaclitem(0, n.nspowner, 'USAGE', false)]"
                : "ARRAY[pg_catalog.makeaclitem(0, n.nspowner, 'USAGE', false), pg_catalog.makeaclitem(0, n.nspowner, 'CREATE', false)]";
        targets.add("SELECT 'SCHEMA', n.nspname, n.nspname, NULL, n.nspacl, pg_catalog.acldefault('n', n.nspowner)"
                + " || CASE WHEN n.nspname = 'public' THEN " + publicSchema + " ELSE '{}'::aclitem[] END,"
                + " n.nspowner FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)");
        List<String> routineKinds = new ArrayList<>();
        if (managed.contains(UnmanagedKind.FUNCTION)) {
            routineKinds.add("'f'");
        }
        if (managed.contains(UnmanagedKind.PROCEDURE)) {
            routineKinds.add("'p'");
        }
        if (!routineKinds.isEmpty()) {
            targets.add("SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname,"
                    + " pg_catalog.pg_get_function_identity_arguments(p.oid), p.proacl,"
                    + " pg_catalog.acldefault('f', p.proowner), p.proowner FROM pg_catalog.pg_proc p"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                    + " WHERE p.prokind IN (" + String.join(", ", routineKinds) + ") AND n.nspname = ANY (?)"
                    + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_proc'", "p.oid"));
        }
        List<String> typeKinds = new ArrayList<>(List.of("t.typtype = 'e'"));
        if (managed.contains(UnmanagedKind.DOMAIN)) {
            typeKinds.add("t.typtype = 'd'");
        }
        if (managed.contains(UnmanagedKind.RANGE_TYPE)) {
            typeKinds.add("t.typtype = 'r'");
        }
        if (managed.contains(UnmanagedKind.COMPOSITE_TYPE)) {
            typeKinds.add("(t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class tc WHERE tc.oid = t.typrelid"
                    + " AND tc.relkind = 'c'))");
        }
        targets.add("SELECT CASE t.typtype WHEN 'e' THEN 'TYPE' WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE'"
                + " ELSE 'COMPOSITE_TYPE' END, n.nspname, t.typname, NULL, t.typacl, pg_catalog.acldefault('T', t.typowner),"
                + " t.typowner FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE (" + String.join(" OR ", typeKinds) + ") AND n.nspname = ANY (?)"
                + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_type'", "t.oid"));
        String explode = "SELECT t.kind, t.nspname, t.relname, t.member,"
                + " CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END AS grantee,"
                + " a.privilege_type, pg_catalog.bool_or(a.is_grantable) AS grantable FROM targets t,"
                + " pg_catalog.aclexplode(%s) a" + OWNER_EXCLUDED + " GROUP BY 1, 2, 3, 4, 5, 6";
        // column ACLs have no default; a NULL ACL of the others is their default
        return CatalogQuery.managedTables()
                + ", targets (kind, nspname, relname, member, acl, defaults, owner) AS ("
                + String.join(" UNION ALL ", targets) + ")"
                + ", effective AS (" + String.format(explode, "COALESCE(t.acl, t.defaults)") + ")"
                + ", defaults AS (" + String.format(explode, "t.defaults") + ")"
                + " SELECT 'grant', e.* FROM effective e WHERE NOT EXISTS (SELECT 1 FROM defaults d WHERE"
                + " (d.kind, d.nspname, d.relname, d.member, d.grantee, d.privilege_type, d.grantable)"
                + " IS NOT DISTINCT FROM (e.kind, e.nspname, e.relname, e.member, e.grantee, e.privilege_type, e.grantable))"
                + " UNION ALL SELECT 'revoke', d.* FROM defaults d WHERE NOT EXISTS (SELECT 1 FROM effective e WHERE"
                + " (d.kind, d.nspname, d.relname, d.member, d.grantee, d.privilege_type)"
                + " IS NOT DISTINCT FROM (e.kind, e.nspname, e.relname, e.member, e.grantee, e.privilege_type))"
                + " ORDER BY 2, 3, 4, 5, 6, 7, 1";
    }
}
