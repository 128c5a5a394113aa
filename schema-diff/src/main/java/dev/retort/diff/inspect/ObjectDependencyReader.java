package dev.retort.diff.inspect;

import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.Dependency;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * ObjectDependencyReader reads which object uses which from {@code pg_depend}, in one query for the whole database. Both
 * ends are named as the model names them: a column by its table and name ({@code pg_attribute}), a default as its
 * column ({@code pg_attrdef}), a constraint by its table and name ({@code pg_constraint}), an index by its table and
 * name ({@code pg_index}; the index of a primary key or unique constraint is that constraint), enum types (their
 * array types too) and sequences by name, a table's row type (and its array) as the table.
 *
 * <p>Kept: normal and automatic dependencies ({@code deptype} n and a) whose referenced object is one of the model's.
 * Left out: containment (a constraint on its own table), a sequence's ownership by a column (an automatic link in the
 * other direction, planned as its own change), internal and extension dependencies. A dependent Retort does not
 * manage (a view, through its rewrite rule; a trigger, a policy, a function with a SQL body ...) is kept as
 * {@link ObjectKind#UNMANAGED}, named as PostgreSQL describes it, so that a plan can say what it would break.
 */
final class ObjectDependencyReader {

    private static final String OBJECTS = "objects (classid, objid, objsubid, kind, nspname, relname, member) AS ("
            + " SELECT 'pg_catalog.pg_class'::regclass, m.oid, 0, 'TABLE', m.nspname, m.relname, NULL::text FROM managed m"
            + " UNION ALL SELECT 'pg_catalog.pg_class'::regclass, a.attrelid, a.attnum, 'COLUMN', m.nspname, m.relname, a.attname"
            + "  FROM managed m JOIN pg_catalog.pg_attribute a ON a.attrelid = m.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " UNION ALL SELECT 'pg_catalog.pg_attrdef'::regclass, d.oid, 0, 'COLUMN', m.nspname, m.relname, a.attname"
            + "  FROM pg_catalog.pg_attrdef d JOIN managed m ON m.oid = d.adrelid"
            + "  JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
            + " UNION ALL SELECT 'pg_catalog.pg_constraint'::regclass, con.oid, 0, 'CONSTRAINT', m.nspname, m.relname, con.conname"
            + "  FROM pg_catalog.pg_constraint con JOIN managed m ON m.oid = con.conrelid"
            + " UNION ALL SELECT 'pg_catalog.pg_class'::regclass, i.indexrelid, 0,"
            + "  CASE WHEN con.oid IS NULL THEN 'INDEX' ELSE 'CONSTRAINT' END, m.nspname, m.relname, COALESCE(con.conname, ic.relname)"
            + "  FROM pg_catalog.pg_index i JOIN managed m ON m.oid = i.indrelid"
            + "  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
            + "  LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
            + "   AND con.contype IN ('p', 'u', 'x')"
            + " UNION ALL SELECT 'pg_catalog.pg_class'::regclass, c.oid, 0, 'SEQUENCE', n.nspname, c.relname, NULL"
            + "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + "  WHERE c.relkind = 'S' AND n.nspname = ANY (?)"
            + " UNION ALL SELECT 'pg_catalog.pg_type'::regclass, t.oid, 0, 'TYPE', n.nspname, e.typname, NULL"
            + "  FROM pg_catalog.pg_type e JOIN pg_catalog.pg_namespace n ON n.oid = e.typnamespace"
            + "  JOIN pg_catalog.pg_type t ON t.oid = e.oid OR t.oid = e.typarray"
            + "  WHERE e.typtype = 'e' AND n.nspname = ANY (?)"
            // a table's row type (and its array) is the table: a function returning SETOF orders uses orders
            + " UNION ALL SELECT 'pg_catalog.pg_type'::regclass, t.oid, 0, 'TABLE', m.nspname, m.relname, NULL"
            + "  FROM managed m JOIN pg_catalog.pg_class c ON c.oid = m.oid"
            + "  JOIN pg_catalog.pg_type rt ON rt.oid = c.reltype"
            + "  JOIN pg_catalog.pg_type t ON t.oid = rt.oid OR t.oid = rt.typarray"
            + "";

    // whether the row is an edge of the model (rows that are not may still name an unmanaged dependent); an
    // unmanaged dependent (o.kind null) is an edge too, also through an automatic dependency (extended statistics)
    private static final String EDGE = "NOT (d.deptype = 'a' AND o.kind IS NOT DISTINCT FROM 'SEQUENCE'"
            + " AND r.kind = 'COLUMN')";

    /**
     * One row per kept pg_depend row: the referenced object, the dependent or its description, and the dependent's
     * name when it is one {@link DependencyReader} reports.
     */
    private static final String SELECT = "SELECT r.kind, r.nspname, r.relname, r.member, o.kind, o.nspname, o.relname, o.member,"
            + " CASE WHEN o.kind IS NULL THEN CASE WHEN d.classid = 'pg_catalog.pg_rewrite'::regclass"
            + "   THEN (SELECT pg_catalog.pg_describe_object('pg_catalog.pg_class'::regclass, rw.ev_class, 0)"
            + "         FROM pg_catalog.pg_rewrite rw WHERE rw.oid = d.objid)"
            + "   ELSE pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) END END,"
            + " " + DependencyReader.DEPENDENT + ", " + EDGE
            + " FROM pg_catalog.pg_depend d"
            + " JOIN objects r ON r.classid = d.refclassid AND r.objid = d.refobjid AND r.objsubid = d.refobjsubid"
            + " LEFT JOIN objects o ON o.classid = d.classid AND o.objid = d.objid AND o.objsubid = d.objsubid"
            + " " + DependencyReader.KINDS
            + " WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384"
            // what PostgreSQL clones onto partitions (keys, foreign keys, indexes, triggers) is the parent's, not
            // modelled. Written as NOT (classid = x AND objid IN (...)), not NOT EXISTS: each list is hashed once and
            // probed only for rows of its catalog, where anti-joins probed three indexes for every row (1,000
            // tables: 63,000 probes, a third of its CPU)
            + " AND NOT (d.classid = 'pg_catalog.pg_constraint'::regclass AND d.objid IN (SELECT cc.oid"
            + "  FROM pg_catalog.pg_constraint cc WHERE cc.conparentid <> 0))"
            + " AND NOT (d.classid = 'pg_catalog.pg_class'::regclass AND d.objid IN (SELECT ci.oid"
            + "  FROM pg_catalog.pg_class ci WHERE ci.relkind IN ('i', 'I') AND ci.relispartition))"
            + " AND NOT (d.classid = 'pg_catalog.pg_trigger'::regclass AND d.objid IN (SELECT ct.oid"
            + "  FROM pg_catalog.pg_trigger ct WHERE ct.tgparentid <> 0))"
            + " AND (" + EDGE + " OR o.kind IS NULL)";
    // no ORDER BY: Dependencies sorts the edges, and sorting 20,000 wide rows spilled to disk on the server

    /** The query, naming the objects of {@code kinds} (those the inspected schemas hold) besides the built-in ones. */
    static String query(List<ManagedKind<?>> kinds) {
        return Catalog.MANAGED_TABLES + ", " + OBJECTS + ManagedKinds.dependencyObjects(kinds) + ") " + SELECT;
    }

    private ObjectDependencyReader() {
    }

    /** The model's dependencies; hands the unmanaged dependents ({@link DependencyReader}) to {@code dependents}. */
    static Dependencies read(Catalog catalog, List<ManagedKind<?>> kinds, Consumer<UnmanagedDependent> dependents)
            throws SQLException {
        List<Dependency> edges = new ArrayList<>();
        Set<UnmanagedDependent> unmanaged = DependencyReader.collector();
        // one instance per object, per table name and per member name: each is named in many rows (10,000 tables:
        // 200,000 rows, 1.2 million names), and the edges are kept as long as the model
        Map<Object, Object> seen = new HashMap<>();
        catalog.query(query(kinds), rs -> {
            ObjectId referenced = id(rs, 1, seen);
            DependencyReader.add(rs.getString(10), referenced, unmanaged);
            String description = rs.getString(9);
            if (!rs.getBoolean(11) || rs.getString(5) == null && description == null) {
                return;
            }
            ObjectId dependent = rs.getString(5) != null ? id(rs, 5, seen)
                    : one(seen, ObjectId.unmanaged(referenced.name().schema(), description));
            if (!dependent.equals(referenced) && !referenced.equals(dependent.owner())) {
                edges.add(new Dependency(dependent, referenced));
            }
        });
        unmanaged.forEach(dependents);
        return Dependencies.of(edges);
    }

    private static ObjectId id(ResultSet rs, int first, Map<Object, Object> seen) throws SQLException {
        ObjectKind kind = ObjectKind.valueOf(rs.getString(first));
        QualifiedName name = one(seen, QualifiedName.of(one(seen, rs.getString(first + 1)), rs.getString(first + 2)));
        String member = kind.hasMember() ? one(seen, rs.getString(first + 3)) : null;
        return one(seen, new ObjectId(kind, name, member));
    }

    /** The instance equal to {@code value} seen first (values of different types are never equal). */
    @SuppressWarnings("unchecked")
    private static <T> T one(Map<Object, Object> seen, T value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, k -> k);
    }
}
