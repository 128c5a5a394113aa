package dev.retort.diff.inspect;

import dev.retort.diff.kind.ManagedKinds;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * DependencyReader reads from {@code pg_depend}, in one query, which objects the model does not manage depend on
 * a managed table (or one of its columns), a managed sequence or a user type (enum, domain, composite or range
 * type). What belongs to the managed model itself (indexes, constraints and defaults of managed tables, owned
 * sequences, row and array types, a domain's constraints) is not a dependent; a view is named by its view, not by its {@code _RETURN} rule.
 */
final class DependencyReader {

    private static final String DEPENDENT = "CASE WHEN rw.rulename = '_RETURN' THEN CASE WHEN vc.relkind = 'm'"
            + " THEN 'materialized view ' ELSE 'view ' END || rw.ev_class::regclass::text"
            + " ELSE (pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid)).type || ' '"
            + " || (pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid)).identity END";

    private static final String SQL = Catalog.MANAGED_TABLES
            + "SELECT DISTINCT " + DEPENDENT + " AS dependent, rn.nspname, COALESCE(rc.relname, rt.typname) AS ref_name,"
            + " ra.attname"
            + " FROM pg_catalog.pg_depend d"
            + " LEFT JOIN pg_catalog.pg_class rc ON d.refclassid = 'pg_catalog.pg_class'::regclass AND rc.oid = d.refobjid"
            + " LEFT JOIN pg_catalog.pg_type rt ON d.refclassid = 'pg_catalog.pg_type'::regclass AND rt.oid = d.refobjid"
            + " JOIN pg_catalog.pg_namespace rn ON rn.oid = COALESCE(rc.relnamespace, rt.typnamespace)"
            + " LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = rc.oid AND d.refobjsubid > 0"
            + " AND ra.attnum = d.refobjsubid"
            + " LEFT JOIN pg_catalog.pg_rewrite rw ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND rw.oid = d.objid"
            + " LEFT JOIN pg_catalog.pg_class vc ON vc.oid = rw.ev_class"
            + " LEFT JOIN pg_catalog.pg_class dc ON d.classid = 'pg_catalog.pg_class'::regclass AND dc.oid = d.objid"
            + " LEFT JOIN pg_catalog.pg_index di ON di.indexrelid = dc.oid"
            + " LEFT JOIN pg_catalog.pg_constraint dcon ON d.classid = 'pg_catalog.pg_constraint'::regclass"
            + " AND dcon.oid = d.objid"
            + " LEFT JOIN pg_catalog.pg_attrdef dad ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND dad.oid = d.objid"
            + " WHERE d.deptype IN ('n', 'a') AND rn.nspname = ANY (?)"
            // enums, domains, range and multirange types, standalone composite types
            + " AND (rc.oid IN (SELECT oid FROM managed) OR rc.relkind = 'S' OR rt.typtype IN ('e', 'd', 'r', 'm')"
            + "  OR (rt.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class tc WHERE tc.oid = rt.typrelid"
            + "  AND tc.relkind = 'c')))"
            // COALESCE: a NULL from a join that did not match means "not that kind of dependent"
            + " AND NOT COALESCE(dc.oid IN (SELECT oid FROM managed) OR dc.relkind = 'S'"
            + "  OR di.indrelid IN (SELECT oid FROM managed), false)"
            + " AND NOT COALESCE(dcon.conrelid IN (SELECT oid FROM managed), false)"
            + " AND NOT COALESCE(dad.adrelid IN (SELECT oid FROM managed), false)"
            // a view's rule depends on its own view; only what it reads counts
            + " AND NOT COALESCE(rw.ev_class = d.refobjid, false)"
            + " AND " + Catalog.notExtensionMember("d.classid", "d.objid")
            + managedObjects()
            + " ORDER BY 1, 2, 3, 4";

    private DependencyReader() {
    }

    // objects of the managed kinds (a view, a function ...) are planned with the rest, not reported as dependents
    private static String managedObjects() {
        String objects = ManagedKinds.dependencyObjects();
        if (objects.isEmpty()) {
            return "";
        }
        return " AND NOT EXISTS (SELECT 1 FROM (" + objects.substring(" UNION ALL ".length())
                + ") ko (classid, objid, objsubid, kind, nspname, relname, member)"
                + " WHERE ko.classid = d.classid AND ko.objid = d.objid)";
    }

    static void read(Catalog catalog, Consumer<UnmanagedDependent> dependents) throws SQLException {
        catalog.query(SQL, rs -> dependents.accept(new UnmanagedDependent(rs.getString(1),
                QualifiedName.of(rs.getString(2), rs.getString(3)), rs.getString(4))));
    }
}
