package dev.retort.diff.kind.routine;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Routine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * RoutineKind manages functions and procedures (aggregates are AggregateKind's; window functions stay unmanaged). A routine
 * is compared as {@code pg_get_functiondef} prints it. A new body, volatility or setting is
 * {@code CREATE OR REPLACE}, which keeps what uses the routine; a new result type or new argument list (modes, OUT
 * arguments, defaults) cannot be replaced, so the routine is dropped and created again, and the objects that use it
 * with it (see {@code ObjectDiffer}).
 *
 * <p>A SQL function with a string body is checked at creation ({@code check_function_bodies}): every table and
 * function it names must exist. Its body does not record what it uses, so nothing orders those first; its
 * {@code CREATE} therefore runs between {@code SET check_function_bodies = off} and {@code RESET
 * check_function_bodies}, as pg_dump does for its whole script, and the body is checked when it first runs.
 */
public final class RoutineKind implements ManagedKind<Routine> {

    // constructors of a range or multirange type depend on it internally and go with it; the input, output and
    // other support functions of a base type are part of that (unmanaged) type, created with its shell type
    // (UnmanagedReader reports those under the type's kind); an aggregate's support functions are managed functions
    private static final String ROUTINES = " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE n.nspname = ANY (?) AND p.prokind IN ('f', 'p')"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_proc'", "p.oid")
            + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid ="
            + " 'pg_catalog.pg_proc'::regclass AND dep.objid = p.oid AND dep.deptype = 'i')"
            + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type bt WHERE bt.typtype = 'b' AND p.oid IN (bt.typinput,"
            + " bt.typoutput, bt.typreceive, bt.typsend, bt.typmodin, bt.typmodout, bt.typanalyze, bt.typsubscript))";

    private static final String READ = "SELECT p.prokind::text, n.nspname, p.proname,"
            + " pg_catalog.pg_get_function_identity_arguments(p.oid), pg_catalog.pg_get_function_arguments(p.oid),"
            + " pg_catalog.pg_get_function_result(p.oid), l.lanname, p.prosqlbody IS NOT NULL,"
            + " pg_catalog.pg_get_functiondef(p.oid), pg_catalog.obj_description(p.oid, 'pg_proc')"
            + " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            + " JOIN pg_catalog.pg_language l ON l.oid = p.prolang"
            + ROUTINES.substring(ROUTINES.indexOf(" WHERE "))
            + " ORDER BY 2, 3, 4";

    private static final String OBJECTS = "SELECT 'pg_catalog.pg_proc'::regclass, p.oid, 0,"
            + " CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname,"
            + " pg_catalog.pg_get_function_identity_arguments(p.oid)" + ROUTINES;

    @Override
    public Class<Routine> type() {
        return Routine.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.FUNCTION, UnmanagedKind.PROCEDURE);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = ANY (?) AND p.prokind IN ('f', 'p'))";
    }

    @Override
    public List<Routine> read(CatalogQuery catalog) throws SQLException {
        List<Routine> routines = new ArrayList<>();
        catalog.query(READ, rs -> routines.add(new Routine(
                "p".equals(rs.getString(1)) ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION,
                QualifiedName.of(rs.getString(2), rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getBoolean(8), rs.getString(9).strip(), rs.getString(10))));
        return routines;
    }

    @Override
    public String dependencyObjects() {
        return OBJECTS;
    }

    /** In place when only the body, options or comment change: the result and the argument list stay. */
    @Override
    public boolean alterable(Routine from, Routine to) {
        return Objects.equals(from.result(), to.result()) && from.arguments().equals(to.arguments());
    }

    @Override
    public List<SqlStatement> create(Routine routine) {
        List<SqlStatement> out = new ArrayList<>(RoutineSql.define(routine, false));
        if (routine.comment() != null) {
            out.add(RoutineSql.comment(routine));
        }
        return out;
    }

    @Override
    public List<SqlStatement> drop(Routine routine) {
        return List.of(SqlStatement.of("DROP " + RoutineSql.signature(routine)));
    }

    @Override
    public List<SqlStatement> alter(Routine from, Routine to) {
        List<SqlStatement> out = new ArrayList<>();
        if (!from.definition().equals(to.definition()) || !from.language().equals(to.language())
                || from.atomicBody() != to.atomicBody()) {
            out.addAll(RoutineSql.define(to, true));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(RoutineSql.comment(to));
        }
        return out;
    }

    // after tables and columns, whose defaults and checks order a function they use before them; before the
    // triggers, indexes and constraints that use them
    @Override
    public int createPhase() {
        return 150;
    }

    // after the drops of what uses them (triggers, columns, tables), before a routine of the same name is created
    @Override
    public int dropPhase() {
        return 65;
    }
}
