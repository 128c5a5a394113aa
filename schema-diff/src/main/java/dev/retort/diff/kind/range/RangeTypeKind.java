package dev.retort.diff.kind.range;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.kind.domain.CatalogTypes;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RangeType;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * RangeTypeKind manages user range types ({@code CREATE TYPE ... AS RANGE}) with the multirange type PostgreSQL
 * creates beside each: created and dropped, and commented in place; PostgreSQL alters none of a range's options, so
 * any other change drops and creates it (refused by the differ while columns use it). Options equal to the server's
 * defaults read as none (see {@link RangeType}). In {@code pg_depend} a range type is its type, its multirange type,
 * their array types and their constructor functions.
 */
public final class RangeTypeKind implements ManagedKind<RangeType> {

    private static final String READ = "SELECT n.nspname, t.typname, " + CatalogTypes.select("s", "r.rngsubtype", "-1")
            + ", CASE WHEN NOT opc.opcdefault THEN pg_catalog.quote_ident(opcn.nspname) || '.'"
            + " || pg_catalog.quote_ident(opc.opcname) END AS opclass,"
            + " CASE WHEN r.rngcollation <> st.typcollation THEN co.collname END AS collation,"
            + " con.nspname AS collation_schema,"
            + " NULLIF(r.rngcanonical::oid, 0)::regproc::text AS canonical,"
            + " NULLIF(r.rngsubdiff::oid, 0)::regproc::text AS subdiff, mt.typname AS multirange,"
            + " pg_catalog.obj_description(t.oid, 'pg_type') AS description"
            + " FROM pg_catalog.pg_range r JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            + CatalogTypes.joins("s", "r.rngsubtype")
            + " LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc"
            + " LEFT JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace"
            + " LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation"
            + " LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace"
            + " LEFT JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid"
            + " WHERE n.nspname = ANY (?) AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_type'", "t.oid")
            + " ORDER BY n.nspname, t.typname";

    private static final String OBJECTS = "SELECT 'pg_catalog.pg_type'::regclass, t.oid, 0, 'RANGE_TYPE', n.nspname,"
            + " rt.typname, NULL::name FROM pg_catalog.pg_range r JOIN pg_catalog.pg_type rt ON rt.oid = r.rngtypid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = rt.typnamespace"
            + " LEFT JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid"
            + " JOIN pg_catalog.pg_type t ON t.oid IN (rt.oid, rt.typarray, mt.oid, mt.typarray)"
            + " WHERE n.nspname = ANY (?)"
            // its constructor functions: part of it (an internal dependency), though they return it like any function
            + " UNION ALL SELECT 'pg_catalog.pg_proc'::regclass, dep.objid, 0, 'RANGE_TYPE', n.nspname, rt.typname,"
            + " NULL::name FROM pg_catalog.pg_range r JOIN pg_catalog.pg_type rt ON rt.oid = r.rngtypid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = rt.typnamespace"
            + " JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_proc'::regclass"
            + " AND dep.refclassid = 'pg_catalog.pg_type'::regclass AND dep.refobjid IN (r.rngtypid, r.rngmultitypid)"
            + " AND dep.deptype = 'i' WHERE n.nspname = ANY (?)";

    @Override
    public Class<RangeType> type() {
        return RangeType.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.RANGE_TYPE);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_range r JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ANY (?))";
    }

    @Override
    public List<RangeType> read(CatalogQuery catalog) throws SQLException {
        List<RangeType> out = new ArrayList<>();
        catalog.query(READ, rs -> out.add(new RangeType(QualifiedName.of(rs.getString("nspname"), rs.getString("typname")),
                CatalogTypes.read(rs, "s"), rs.getString("opclass"),
                CatalogTypes.collation(rs.getString("collation_schema"), rs.getString("collation")),
                rs.getString("canonical"), rs.getString("subdiff"), rs.getString("multirange"), rs.getString("description"))));
        return out;
    }

    @Override
    public String dependencyObjects() {
        return OBJECTS;
    }

    /** Only the comment changes in place. */
    @Override
    public boolean alterable(RangeType from, RangeType to) {
        return from.withComment(null).equals(to.withComment(null));
    }

    @Override
    public List<SqlStatement> create(RangeType range) {
        StringBuilder sql = new StringBuilder("CREATE TYPE " + SqlNames.name(range.name()) + " AS RANGE (SUBTYPE = "
                + range.subtype().sql());
        if (range.subtypeOpclass() != null) {
            sql.append(", SUBTYPE_OPCLASS = ").append(range.subtypeOpclass());
        }
        if (range.collation() != null) {
            sql.append(", COLLATION = ").append(SqlNames.name(range.collation()));
        }
        if (range.canonical() != null) {
            sql.append(", CANONICAL = ").append(range.canonical());
        }
        if (range.subtypeDiff() != null) {
            sql.append(", SUBTYPE_DIFF = ").append(range.subtypeDiff());
        }
        if (range.multirangeName() != null) {
            sql.append(", MULTIRANGE_TYPE_NAME = ")
                    .append(SqlNames.name(QualifiedName.of(range.name().schema(), range.multirangeName())));
        }
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of(sql.append(')').toString()));
        if (range.comment() != null) {
            out.add(comment(range));
        }
        return out;
    }

    @Override
    public List<SqlStatement> drop(RangeType range) {
        return List.of(SqlStatement.of("DROP TYPE " + SqlNames.name(range.name())));
    }

    @Override
    public List<SqlStatement> alter(RangeType from, RangeType to) {
        return Objects.equals(from.comment(), to.comment()) ? List.of() : List.of(comment(to));
    }

    // after domains (a range over a domain), before composite types and tables that use it
    @Override
    public int createPhase() {
        return 113;
    }

    @Override
    public int dropPhase() {
        return 65;
    }

    private static SqlStatement comment(RangeType range) {
        return SqlStatement.of("COMMENT ON TYPE " + SqlNames.name(range.name()) + " IS "
                + (range.comment() == null ? "NULL" : SqlNames.literal(range.comment())));
    }
}
