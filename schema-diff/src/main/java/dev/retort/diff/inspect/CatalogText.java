package dev.retort.diff.inspect;

/**
 * CatalogText builds the SQL fragments that print catalog facts as comparable text: grants without the owner's
 * own privileges (owners legitimately differ between databases), lists in a stable order.
 */
final class CatalogText {

    private CatalogText() {
    }

    /**
     * The privileges of {@code acl} granted to anyone but {@code owner}, sorted, e.g.
     * {@code "PUBLIC SELECT, app UPDATE WITH GRANT OPTION"}; null when there are none. A null ACL means
     * PostgreSQL's default for {@code type} ({@code acldefault}: 'r' relation, 's' sequence, 'f' function,
     * 'T' type, 'n' schema), so an explicit ACL equal to the default prints the same; column ACLs pass
     * {@code type} null (no default).
     */
    static String grants(String acl, String owner, String type) {
        String effective = type == null ? acl : "COALESCE(" + acl + ", pg_catalog.acldefault('" + type + "', " + owner + "))";
        return "(SELECT pg_catalog.string_agg(g.grant_text, ', ' ORDER BY g.grant_text) FROM (SELECT"
                + " CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END"
                + " || ' ' || a.privilege_type || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END AS grant_text"
                + " FROM pg_catalog.aclexplode(" + effective + ") a WHERE a.grantee <> " + owner + ") g)";
    }

    /** A labelled line {@code "label: value"}, or null when {@code valueSql} is null (for concat_ws). */
    static String line(String label, String valueSql) {
        return "'" + label + ": ' || (" + valueSql + ")";
    }

    /** {@code pg_catalog.concat_ws(E'\n', lines...)}: the lines that are not null, one per line. */
    static String lines(String... lines) {
        return "pg_catalog.concat_ws(E'\\n', " + String.join(", ", lines) + ")";
    }

    /** The comment on an object, for {@code obj_description}. */
    static String comment(String oid, String catalog) {
        return "pg_catalog.obj_description(" + oid + ", '" + catalog + "')";
    }
}
