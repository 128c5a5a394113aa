package dev.retort.testkit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * CatalogFingerprint describes the schema objects of a live database as a sorted set of lines, read straight
 * from {@code pg_catalog} with PostgreSQL's own deparsers ({@code format_type}, {@code pg_get_expr},
 * {@code pg_get_constraintdef}, {@code pg_get_indexdef}) and without Retort's inspector, so that a blind spot
 * of the inspector cannot hide a difference. Column order is ignored; everything else that a schema declares
 * (types, nullability, defaults, identity, generated expressions, constraints, indexes, enum labels in order,
 * sequences, comments) is in the lines.
 *
 * <pre>{@code
 * CatalogFingerprint before = CatalogFingerprint.of(connection, List.of("public"));
 * // ... upgrade, then downgrade ...
 * CatalogFingerprint after = CatalogFingerprint.of(connection, List.of("public"));
 * assertEquals("", before.differenceFrom(after));
 * }</pre>
 */
public final class CatalogFingerprint {

    private static final String SCHEMAS = "SELECT 'schema ' || quote_ident(nspname) FROM pg_namespace WHERE nspname = ANY(?)";

    private static final String RELATIONS = "SELECT 'relation ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + " || ' kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text"
            + " || coalesce(' comment=' || quote_literal(obj_description(c.oid, 'pg_class')), '')"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')";

    private static final String COLUMNS = "SELECT 'column ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + " || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)"
            + " || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END"
            + " || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default' ELSE '' END"
            + " || CASE WHEN a.attgenerated = 's' THEN ' generated=' || pg_get_expr(d.adbin, d.adrelid)"
            + "         WHEN d.adbin IS NOT NULL THEN ' default=' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END"
            + " || CASE WHEN a.attcollation <> 0 AND a.attcollation <> 100"
            + "         THEN ' collate=' || (SELECT collname FROM pg_collation WHERE oid = a.attcollation) ELSE '' END"
            + " || coalesce(' comment=' || quote_literal(col_description(c.oid, a.attnum)), '')"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped";

    private static final String CONSTRAINTS = "SELECT 'constraint ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + " || ' ' || quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)"
            + " || coalesce(' comment=' || quote_literal(obj_description(con.oid, 'pg_constraint')), '')"
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY(?)";

    private static final String INDEXES = "SELECT 'index ' || quote_ident(n.nspname) || '.' || quote_ident(ic.relname)"
            + " || ' ' || pg_get_indexdef(i.indexrelid)"
            + " || coalesce(' comment=' || quote_literal(obj_description(i.indexrelid, 'pg_class')), '')"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace"
            + " WHERE n.nspname = ANY(?)";

    private static final String TYPES = "SELECT 'type ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname)"
            + " || ' kind=' || t.typtype::text"
            + " || CASE WHEN t.typtype = 'e' THEN ' labels=(' || (SELECT string_agg(quote_literal(e.enumlabel), ', '"
            + "         ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'"
            + "         WHEN t.typtype = 'd' THEN ' base=' || format_type(t.typbasetype, t.typtypmod) ELSE '' END"
            + " || coalesce(' comment=' || quote_literal(obj_description(t.oid, 'pg_type')), '')"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " LEFT JOIN pg_class c ON c.oid = t.typrelid"
            + " WHERE n.nspname = ANY(?) AND t.typelem = 0 AND (t.typrelid = 0 OR c.relkind = 'c')";

    // Identity sequences are named by PostgreSQL, not by the schema, so they are described by their column.
    private static final String SEQUENCES = "SELECT CASE WHEN dep.deptype = 'i'"
            + "   THEN 'identity-sequence of ' || quote_ident(n.nspname) || '.' || quote_ident(owner.relname) || '.'"
            + "        || quote_ident(a.attname)"
            + "   ELSE 'sequence ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + "        || coalesce(' owned-by=' || quote_ident(owner.relname) || '.' || quote_ident(a.attname), '') END"
            + " || ' ' || format_type(s.seqtypid, NULL) || ' start=' || s.seqstart || ' increment=' || s.seqincrement"
            + " || ' min=' || s.seqmin || ' max=' || s.seqmax || ' cache=' || s.seqcache || ' cycle=' || s.seqcycle"
            + " || coalesce(' comment=' || quote_literal(obj_description(c.oid, 'pg_class')), '')"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid"
            + "      AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')"
            + " LEFT JOIN pg_class owner ON owner.oid = dep.refobjid"
            + " LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid"
            + " WHERE n.nspname = ANY(?)";

    private static final List<String> QUERIES = List.of(SCHEMAS, RELATIONS, COLUMNS, CONSTRAINTS, INDEXES, TYPES, SEQUENCES);

    private final SortedSet<String> lines;

    private CatalogFingerprint(SortedSet<String> lines) {
        this.lines = Collections.unmodifiableSortedSet(lines);
    }

    /**
     * Reads the fingerprint of {@code schemas} on {@code connection}: seven catalog queries, whatever the number
     * of objects.
     */
    public static CatalogFingerprint of(Connection connection, List<String> schemas) throws SQLException {
        SortedSet<String> lines = new TreeSet<>();
        Array names = connection.createArrayOf("text", schemas.toArray());
        for (String sql : QUERIES) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setArray(1, names);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            }
        }
        return new CatalogFingerprint(lines);
    }

    /**
     * This fingerprint without the lines of one table (its columns, constraints and indexes), e.g. the migration
     * history table that a chain round trip must not compare.
     */
    public CatalogFingerprint withoutTable(String schema, String table) {
        String name = quoteIdent(schema) + "." + quoteIdent(table);
        SortedSet<String> kept = new TreeSet<>();
        for (String line : lines) {
            boolean owned = line.startsWith("relation " + name + " ") || line.startsWith("column " + name + ".")
                    || line.startsWith("constraint " + name + " ") || line.contains(" ON " + name + " USING ")
                    || line.startsWith("identity-sequence of " + name + ".");
            if (!owned) {
                kept.add(line);
            }
        }
        return new CatalogFingerprint(kept);
    }

    // quote_ident's rule for the names we exclude: plain lower-case names stay bare
    private static String quoteIdent(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The lines, sorted. */
    public SortedSet<String> lines() {
        return lines;
    }

    /**
     * What differs, for a failure message: lines only here prefixed {@code -}, lines only in {@code other}
     * prefixed {@code +}; empty when the fingerprints are equal.
     */
    public String differenceFrom(CatalogFingerprint other) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (!other.lines.contains(line)) {
                b.append("- ").append(line).append('\n');
            }
        }
        for (String line : other.lines) {
            if (!lines.contains(line)) {
                b.append("+ ").append(line).append('\n');
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogFingerprint && ((CatalogFingerprint) o).lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
