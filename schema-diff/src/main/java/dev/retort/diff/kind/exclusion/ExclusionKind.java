package dev.retort.diff.kind.exclusion;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ExclusionKind manages the exclusion constraints of tables ({@code EXCLUDE USING gist (room WITH =, during WITH &&)}),
 * compared as {@code pg_get_constraintdef} prints them, with their comments. A new definition drops and adds the
 * constraint: PostgreSQL has no other way, and no concurrent build for it (the index is built under ACCESS
 * EXCLUSIVE). The copies a partitioned table's constraint has on its partitions are the parent's and are not read.
 * They are named in the dependency graph as the table's other constraints are, so a column retyped under one
 * drops it before and adds it again after.
 */
public final class ExclusionKind implements ManagedKind<ExclusionConstraint> {

    private static final String FROM = " FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE con.contype = 'x' AND n.nspname = ANY (?)";

    private static final String READ = "SELECT n.nspname, c.relname, con.conname, pg_catalog.pg_get_constraintdef(con.oid),"
            + " pg_catalog.obj_description(con.oid, 'pg_constraint')" + FROM + " AND con.conparentid = 0"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_class'", "c.oid") + " ORDER BY 1, 2, 3";

    @Override
    public Class<ExclusionConstraint> type() {
        return ExclusionConstraint.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.EXCLUSION_CONSTRAINT);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1" + FROM + ")";
    }

    @Override
    public List<ExclusionConstraint> read(CatalogQuery catalog) throws SQLException {
        List<ExclusionConstraint> out = new ArrayList<>();
        catalog.query(READ, rs -> out.add(new ExclusionConstraint(QualifiedName.of(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5))));
        return out;
    }

    /** Only a comment changes in place. */
    @Override
    public boolean alterable(ExclusionConstraint from, ExclusionConstraint to) {
        return from.definition().equals(to.definition());
    }

    @Override
    public List<SqlStatement> create(ExclusionConstraint exclusion) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("ALTER TABLE " + SqlNames.name(exclusion.table()) + " ADD CONSTRAINT "
                        + SqlNames.name(exclusion.name()) + " " + exclusion.definition())
                .with(Hazard.ACCESS_EXCLUSIVE_LOCK, "ACCESS EXCLUSIVE on " + exclusion.table() + " while the constraint's"
                        + " index is built: an exclusion constraint has no concurrent form")
                .with(Hazard.INDEX_BUILD, "builds the index of " + exclusion.name())
                .with(Hazard.FULL_TABLE_SCAN, "checks every row of " + exclusion.table() + " against the others"));
        if (exclusion.comment() != null) {
            out.add(comment(exclusion));
        }
        return out;
    }

    @Override
    public List<SqlStatement> drop(ExclusionConstraint exclusion) {
        return List.of(SqlStatement.of("ALTER TABLE " + SqlNames.name(exclusion.table()) + " DROP CONSTRAINT "
                        + SqlNames.name(exclusion.name()))
                .with(Hazard.ACCESS_EXCLUSIVE_LOCK, "ACCESS EXCLUSIVE on " + exclusion.table() + ", briefly")
                .with(Hazard.INDEX_DROPPED, "drops the index of " + exclusion.name()));
    }

    @Override
    public List<SqlStatement> alter(ExclusionConstraint from, ExclusionConstraint to) {
        return List.of(comment(to));
    }

    // with the table's other constraints, after its columns
    @Override
    public int createPhase() {
        return 405;
    }

    // before the columns and types it uses go
    @Override
    public int dropPhase() {
        return 40;
    }

    private static SqlStatement comment(ExclusionConstraint exclusion) {
        return SqlStatement.of("COMMENT ON CONSTRAINT " + SqlNames.name(exclusion.name()) + " ON "
                + SqlNames.name(exclusion.table()) + " IS " + SqlNames.literal(exclusion.comment()));
    }
}
