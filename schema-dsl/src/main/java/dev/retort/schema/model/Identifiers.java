package dev.retort.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Identifiers knows PostgreSQL's identifier rules: when a name needs quotes and how long it may be.
 *
 * <pre>{@code
 * Identifiers.quote("user");        // "user"  (reserved word)
 * Identifiers.quote("users");       // users
 * Identifiers.quote("Mixed");       // "Mixed"
 * }</pre>
 */
public final class Identifiers {

    /** PostgreSQL truncates identifiers to NAMEDATALEN - 1 bytes. */
    public static final int MAX_BYTES = 63;

    // Keywords that cannot be used as bare column or table names (PostgreSQL's reserved and
    // type/function-name categories); quoting them is always correct.
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check",
            "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct",
            "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign",
            "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull",
            "join", "json", "json_array", "json_arrayagg", "json_exists", "json_object", "json_objectagg",
            "json_query", "json_scalar", "json_serialize", "json_table", "json_value", "lateral", "leading",
            "least", "left", "like", "limit", "localtime", "localtimestamp", "merge_action", "national", "natural",
            "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", "on", "only",
            "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision", "primary",
            "real", "references", "returning", "right", "row", "select", "session_user", "setof", "similar",
            "smallint", "some", "substring", "symmetric", "system_user", "table", "tablesample", "then", "time",
            "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values",
            "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private Identifiers() {
    }

    /** Quotes {@code name} when PostgreSQL would not read it back unchanged as a bare identifier. */
    public static String quote(String name) {
        if (isPlain(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** True when {@code name} is a lower-case, non-reserved identifier that needs no quotes. */
    public static boolean isPlain(String name) {
        if (name.isEmpty() || RESERVED.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The length PostgreSQL counts against {@link #MAX_BYTES}: UTF-8 bytes. */
    public static int byteLength(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The name PostgreSQL makes of two parts and a label when it names an object itself (its makeObjectName):
     * {@code name1_name2_label}, or {@code name1_label} when {@code name2} is null, the longer part cut first, on whole
     * characters, where the whole would pass {@link #MAX_BYTES}. It is the name a fresh object gets when that name is
     * free (PostgreSQL adds a number otherwise).
     *
     * <pre>{@code
     * Identifiers.madeName("orders", "id", "seq");     // orders_id_seq: an identity column's sequence
     * Identifiers.madeName("orders", null, "pkey");    // orders_pkey
     * }</pre>
     */
    public static String madeName(String name1, String name2, String label) {
        int first = byteLength(name1);
        int second = name2 == null ? 0 : byteLength(name2);
        int available = MAX_BYTES - (name2 == null ? 0 : 1) - label.length() - 1;
        while (first + second > available) {
            if (first > second) {
                first--;
            } else {
                second--;
            }
        }
        return clip(name1, first) + (name2 == null ? "" : "_" + clip(name2, second)) + "_" + label;
    }

    // the longest prefix of whole characters within the bytes
    private static String clip(String name, int bytes) {
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = byteLength(new String(Character.toChars(cp)));
            if (used + size > bytes) {
                break;
            }
            cut.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return cut.toString();
    }

    /** Quotes a qualified name as {@code schema.name}. */
    public static String quote(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }

    /** Quotes a string literal, doubling embedded quotes; standard_conforming_strings is on since 9.1. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
