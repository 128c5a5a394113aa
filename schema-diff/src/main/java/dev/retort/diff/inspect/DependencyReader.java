package dev.retort.diff.inspect;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * DependencyReader says which objects the model does not manage depend on a managed table (or one of its
 * columns), a managed sequence or a user type (enum, domain, composite or range type). What belongs to the managed model itself (indexes, constraints and
 * defaults of managed tables, sequences, row and array types) is not a dependent; a view is named by its view, not
 * by its {@code _RETURN} rule; members of an extension are the extension's business.
 *
 * <p>It reads no query of its own: {@link #DEPENDENT} is a column of {@link ObjectDependencyReader}'s walk over
 * {@code pg_depend} (referenced object {@code r}, dependent {@code o} when it is one of the model's, the
 * {@code pg_depend} row {@code d}, {@link #KINDS} joined), so that the inspector reads {@code pg_depend} once.
 */
final class DependencyReader {

    // the unmanaged dependent as users know it; evaluated only on the few rows whose dependent is not the model's
    private static final String NAME = "COALESCE((SELECT CASE WHEN vc.relkind = 'm' THEN 'materialized view '"
            + " ELSE 'view ' END || rw.ev_class::regclass::text FROM pg_catalog.pg_rewrite rw"
            + " JOIN pg_catalog.pg_class vc ON vc.oid = rw.ev_class"
            + " WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND rw.oid = d.objid AND rw.rulename = '_RETURN'),"
            + " (pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid)).type || ' '"
            + " || (pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid)).identity)";

    /**
     * The dependent's name when the row is an unmanaged dependent of a table, column, sequence, type or object of a
     * managed kind; else null.
     */
    static final String DEPENDENT = "CASE WHEN o.kind IS NULL"
            + " AND (r.kind IN ('TABLE', 'COLUMN', 'SEQUENCE') AND r.classid = 'pg_catalog.pg_class'::regclass"
            + "  OR r.kind = 'TYPE' AND EXISTS (SELECT 1 FROM pg_catalog.pg_type et WHERE et.oid = r.objid"
            + "   AND et.typtype = 'e')"
            // and every object of the managed kinds: an operator on a managed function blocks that function's drop
            + "  OR r.kind IN ('DOMAIN', 'COMPOSITE_TYPE', 'RANGE_TYPE', 'FUNCTION', 'PROCEDURE', 'AGGREGATE', 'VIEW',"
            + "   'MATERIALIZED_VIEW', 'EXTENSION'))"
            // any sequence (also of another schema) is the model's business, not a dependent
            + " AND NOT (d.classid = 'pg_catalog.pg_class'::regclass AND EXISTS (SELECT 1 FROM pg_catalog.pg_class sc"
            + "  WHERE sc.oid = d.objid AND sc.relkind = 'S'))"
            // a rule depends on its own relation as a whole; what it reads counts, its own table's columns too
            + " AND NOT (d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.refobjsubid = 0"
            + "  AND EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite ow WHERE ow.oid = d.objid AND ow.ev_class = d.refobjid))"
            + " AND " + Catalog.notExtensionMember("d.classid", "d.objid")
            // objects of the managed kinds (a view, a function ...) are planned with the rest, not reported
            + " AND kinds.objid IS NULL"
            + " THEN " + NAME + " END";

    /**
     * Joined as {@code kinds}: the objects of the managed kinds among ObjectDependencyReader's objects (whole objects:
     * a dependent that is a part of one, e.g. a view's column, belongs to it too).
     */
    static final String KINDS = "LEFT JOIN (SELECT DISTINCT classid, objid FROM objects"
            + " WHERE kind NOT IN ('TABLE', 'COLUMN', 'CONSTRAINT', 'INDEX', 'SEQUENCE', 'TYPE')) kinds"
            + " ON kinds.classid = d.classid AND kinds.objid = d.objid";

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<UnmanagedDependent> ORDER = Comparator.comparing(UnmanagedDependent::dependent)
            .thenComparing(u -> u.referenced().schema()).thenComparing(u -> u.referenced().name())
            .thenComparing(UnmanagedDependent::column, NULLS_LAST);

    private DependencyReader() {
    }

    /** A set that collects the dependents in a stable order, each once. */
    static Set<UnmanagedDependent> collector() {
        return new TreeSet<>(ORDER);
    }

    /** Adds {@code description} (the column of {@link #DEPENDENT}) as a dependent of {@code referenced}, if not null. */
    static void add(String description, ObjectId referenced, Set<UnmanagedDependent> into) {
        if (description != null) {
            into.add(new UnmanagedDependent(description, referenced.name(),
                    referenced.kind() == ObjectKind.COLUMN ? referenced.member() : null));
        }
    }

}
