package dev.retort.diff.kind.aggregate;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Aggregate;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * AggregateKind manages aggregate functions, ordered-set and hypothetical-set ones included. An aggregate is compared
 * by its arguments and its options, read back from {@code pg_aggregate} into one fixed {@code NAME = value} list (state
 * function and type, final, combine, serial and moving-aggregate functions, initial conditions, sort operator,
 * parallel safety). PostgreSQL cannot change an aggregate in place, so any change but its comment drops and creates
 * it, and what uses it (a view) with it. Its support functions are ordinary managed functions, created before it.
 */
public final class AggregateKind implements ManagedKind<Aggregate> {

    private static final String FROM = " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            + " JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid"
            + " WHERE p.prokind = 'a' AND n.nspname = ANY (?)"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_proc'", "p.oid");

    // search_path is pg_catalog while the inspector reads, so ::regproc names user functions schema-qualified
    private static final String OPTIONS = "pg_catalog.concat_ws(', ',"
            + " 'SFUNC = ' || a.aggtransfn::regproc::text,"
            + " 'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),"
            + " CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,"
            + " CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::regproc::text END,"
            + " CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,"
            + " CASE WHEN a.aggfinalfn <> 0 AND a.aggfinalmodify <> CASE WHEN a.aggkind = 'n' THEN 'r' ELSE 'w' END"
            + "  THEN 'FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'"
            + "  ELSE 'READ_WRITE' END END,"
            + " CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::regproc::text END,"
            + " CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::regproc::text END,"
            + " CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::regproc::text END,"
            + " CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,"
            + " CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::regproc::text || ', MINVFUNC = '"
            + "  || a.aggminvtransfn::regproc::text || ', MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,"
            + " CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,"
            + " CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::regproc::text END,"
            + " CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,"
            + " CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,"
            + " CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = ' || (SELECT CASE WHEN o.oprnamespace ="
            + "  'pg_catalog'::regnamespace THEN o.oprname::text ELSE 'OPERATOR(' || pg_catalog.quote_ident(on_.nspname)"
            + "  || '.' || o.oprname || ')' END FROM pg_catalog.pg_operator o"
            + "  JOIN pg_catalog.pg_namespace on_ ON on_.oid = o.oprnamespace WHERE o.oid = a.aggsortop) END,"
            + " CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END,"
            + " CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END)";

    private static final String READ = "SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid),"
            + " pg_catalog.pg_get_function_arguments(p.oid), " + OPTIONS + ", pg_catalog.obj_description(p.oid, 'pg_proc')"
            + FROM + " ORDER BY 1, 2, 3";

    private static final String OBJECTS = "SELECT 'pg_catalog.pg_proc'::regclass, p.oid, 0, 'AGGREGATE', n.nspname,"
            + " p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)::name" + FROM;

    @Override
    public Class<Aggregate> type() {
        return Aggregate.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.AGGREGATE);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = ANY (?) AND p.prokind = 'a')";
    }

    @Override
    public List<Aggregate> read(CatalogQuery catalog) throws SQLException {
        List<Aggregate> aggregates = new ArrayList<>();
        catalog.query(READ, rs -> aggregates.add(new Aggregate(QualifiedName.of(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))));
        return aggregates;
    }

    @Override
    public String dependencyObjects() {
        return OBJECTS;
    }

    /** Only the comment changes in place. */
    @Override
    public boolean alterable(Aggregate from, Aggregate to) {
        return from.arguments().equals(to.arguments()) && from.options().equals(to.options());
    }

    @Override
    public List<SqlStatement> create(Aggregate aggregate) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("CREATE AGGREGATE " + SqlNames.name(aggregate.name()) + "(" + aggregate.arguments()
                + ") (" + aggregate.options() + ")"));
        if (aggregate.comment() != null) {
            out.add(comment(aggregate));
        }
        return out;
    }

    @Override
    public List<SqlStatement> drop(Aggregate aggregate) {
        return List.of(SqlStatement.of("DROP AGGREGATE " + signature(aggregate)));
    }

    @Override
    public List<SqlStatement> alter(Aggregate from, Aggregate to) {
        return Objects.equals(from.comment(), to.comment()) ? List.of() : List.of(comment(to));
    }

    @Override
    public int createPhase() {
        return 152;
    }

    @Override
    public int dropPhase() {
        return 64;
    }

    private static SqlStatement comment(Aggregate aggregate) {
        return SqlStatement.of("COMMENT ON AGGREGATE " + signature(aggregate) + " IS "
                + (aggregate.comment() == null ? "NULL" : SqlNames.literal(aggregate.comment())));
    }

    private static String signature(Aggregate aggregate) {
        return SqlNames.name(aggregate.name()) + "(" + aggregate.identityArguments() + ")";
    }
}
