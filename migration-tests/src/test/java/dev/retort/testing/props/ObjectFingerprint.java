package dev.retort.testing.props;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * ObjectFingerprint describes, beside {@link dev.retort.testkit.CatalogFingerprint} (tables, columns, constraints,
 * indexes, types, sequences), what a live database holds of the other kinds, straight from {@code pg_catalog} with
 * PostgreSQL's deparsers and without Retort's inspector: view and materialized view queries and options, partition
 * keys and bounds, row-level security, triggers and their state, policies, routines, domain details, composite
 * attributes, range subtypes, and the privileges on every relation, column, routine, type and schema.
 */
public final class ObjectFingerprint {

    private static final String RELATIONS = "SELECT 'relation-detail ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + " || ' rls=' || c.relrowsecurity || '/' || c.relforcerowsecurity"
            + " || CASE WHEN c.relkind IN ('v', 'm') THEN ' query=' || pg_get_viewdef(c.oid) ELSE '' END"
            + " || coalesce(' options=' || array_to_string(c.reloptions, ','), '')"
            + " || coalesce(' partition-by=' || pg_get_partkeydef(c.oid), '')"
            + " || coalesce(' partition-of=' || (SELECT string_agg(quote_ident(pn.nspname) || '.' || quote_ident(pc.relname), ',')"
            + "      FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace"
            + "      WHERE i.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid), '')"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm')";

    private static final String TRIGGERS = "SELECT 'trigger ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + " || ' ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text"
            + " || coalesce(' comment=' || quote_literal(obj_description(t.oid, 'pg_trigger')), '')"
            + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE NOT t.tgisinternal AND n.nspname = ANY(?)";

    private static final String POLICIES = "SELECT 'policy ' || quote_ident(p.schemaname) || '.' || quote_ident(p.tablename)"
            + " || ' ' || quote_ident(p.policyname) || ' ' || p.permissive || ' ' || p.cmd"
            + " || ' to=' || (SELECT string_agg(r, ',' ORDER BY r) FROM unnest(p.roles::text[]) r)"
            + " || coalesce(' using=' || p.qual, '') || coalesce(' check=' || p.with_check, '')"
            + " FROM pg_policies p WHERE p.schemaname = ANY(?)";

    private static final String ROUTINES = "SELECT 'routine ' || pg_get_functiondef(p.oid)"
            + " || coalesce(' comment=' || quote_literal(obj_description(p.oid, 'pg_proc')), '')"
            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE n.nspname = ANY(?) AND p.prokind IN ('f', 'p')";

    private static final String TYPES = "SELECT 'type-detail ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname)"
            + " || CASE t.typtype WHEN 'd' THEN ' notnull=' || t.typnotnull || coalesce(' default=' || t.typdefault, '')"
            + "      || coalesce(' checks=' || (SELECT string_agg(quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid),"
            + "         ', ' ORDER BY con.conname) FROM pg_constraint con WHERE con.contypid = t.oid), '')"
            + "    WHEN 'r' THEN ' subtype=' || (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)"
            + "    WHEN 'c' THEN ' attributes=' || (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid,"
            + "         a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0"
            + "         AND NOT a.attisdropped) ELSE '' END"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class c ON c.oid = t.typrelid"
            + " WHERE n.nspname = ANY(?) AND t.typtype IN ('d', 'r', 'c') AND (t.typrelid = 0 OR c.relkind = 'c')";

    // every privilege, the owner's included (both sides are owned by the same user); a NULL ACL is the default one
    private static final String ACL_ITEM = "CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END"
            + " || ' ' || a.privilege_type || CASE WHEN a.is_grantable THEN '*' ELSE '' END";
    private static final String ACL = "(SELECT string_agg(" + ACL_ITEM + ", ', ' ORDER BY " + ACL_ITEM
            + ") FROM aclexplode(%s) a)";

    private static final String PRIVILEGES = "SELECT 'acl ' || x.what || ' ' || coalesce(x.acl, '') FROM ("
            + " SELECT 'relation ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS what, "
            + String.format(ACL, "coalesce(c.relacl, acldefault((CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::\"char\", c.relowner))")
            + " AS acl FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'S')"
            + " UNION ALL SELECT 'column ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || '.' || quote_ident(a.attname), "
            + String.format(ACL, "a.attacl")
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY(?) AND a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped"
            + " UNION ALL SELECT 'routine ' || quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '('"
            + " || pg_get_function_identity_arguments(p.oid) || ')', "
            + String.format(ACL, "coalesce(p.proacl, acldefault('f', p.proowner))")
            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY(?)"
            + " UNION ALL SELECT 'type ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname), "
            + String.format(ACL, "coalesce(t.typacl, acldefault('T', t.typowner))")
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class c ON c.oid = t.typrelid"
            + " WHERE n.nspname = ANY(?) AND t.typelem = 0 AND (t.typrelid = 0 OR c.relkind = 'c')"
            + " UNION ALL SELECT 'schema ' || quote_ident(n.nspname), "
            + String.format(ACL, "coalesce(n.nspacl, acldefault('n', n.nspowner))")
            + " FROM pg_namespace n WHERE n.nspname = ANY(?)) x";

    private static final List<String> QUERIES = List.of(RELATIONS, TRIGGERS, POLICIES, ROUTINES, TYPES, PRIVILEGES);

    private final SortedSet<String> lines;

    private ObjectFingerprint(SortedSet<String> lines) {
        this.lines = lines;
    }

    /** Reads the fingerprint of {@code schemas}: six catalog queries, whatever the number of objects. */
    public static ObjectFingerprint of(Connection connection, List<String> schemas) throws SQLException {
        SortedSet<String> lines = new TreeSet<>();
        Array names = connection.createArrayOf("text", schemas.toArray());
        for (String sql : QUERIES) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                long parameters = sql.chars().filter(ch -> ch == '?').count();
                for (int i = 1; i <= parameters; i++) {
                    ps.setArray(i, names);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            }
        }
        return new ObjectFingerprint(lines);
    }

    /** Lines only here prefixed {@code -}, only in {@code other} prefixed {@code +}; empty when equal. */
    public String differenceFrom(ObjectFingerprint other) {
        StringBuilder b = new StringBuilder();
        lines.stream().filter(l -> !other.lines.contains(l)).forEach(l -> b.append("- ").append(l).append('\n'));
        other.lines.stream().filter(l -> !lines.contains(l)).forEach(l -> b.append("+ ").append(l).append('\n'));
        return b.toString();
    }
}
