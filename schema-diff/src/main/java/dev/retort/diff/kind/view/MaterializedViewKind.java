package dev.retort.diff.kind.view;

import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.MaterializedViewIndex;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * MaterializedViewKind manages materialized views with their indexes. A new query (or new columns) drops and creates
 * the view: the drop takes its materialized rows (the tables it reads keep theirs) and the creation runs the query
 * again, under the drop's lock. Storage parameters, indexes and comments change in place; in the lock-safe plan the
 * indexes of an existing view are built and dropped {@code CONCURRENTLY}, as a table's are. Whether a live one is
 * populated is data (a {@code REFRESH} fills it): it is read, and a declaration says how the view is created, but it
 * is never a difference.
 */
public final class MaterializedViewKind implements ManagedKind<MaterializedView> {

    private static final String KIND = "MATERIALIZED VIEW";
    private static final String OBJECT_KIND = "MATERIALIZED_VIEW";

    // what follows ON <view> in pg_get_indexdef: its prefix is known from the index and view names
    private static final String INDEXES = " FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
            + " CROSS JOIN LATERAL (SELECT pg_catalog.pg_get_indexdef(i.indexrelid) AS def, 'CREATE '"
            + "  || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX ' || pg_catalog.quote_ident(ic.relname)"
            + "  || ' ON ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) || ' ' AS prefix) x"
            + " WHERE i.indrelid = c.oid";

    private static final String READ = "SELECT n.nspname, c.relname, pg_catalog.pg_get_viewdef(c.oid, true), "
            + ViewCatalog.COLUMNS + ", c.relispopulated,"
            + " (SELECT pg_catalog.array_agg(ic.relname::text ORDER BY ic.relname)" + INDEXES + "),"
            + " (SELECT pg_catalog.array_agg(i.indisunique ORDER BY ic.relname)" + INDEXES + "),"
            + " (SELECT pg_catalog.array_agg(CASE WHEN pg_catalog.starts_with(x.def, x.prefix)"
            + "  THEN pg_catalog.substr(x.def, pg_catalog.length(x.prefix) + 1) ELSE x.def END ORDER BY ic.relname)"
            + INDEXES + "), c.reloptions"
            + ViewCatalog.relations('m') + " ORDER BY 1, 2";

    @Override
    public Class<MaterializedView> type() {
        return MaterializedView.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.MATERIALIZED_VIEW);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ANY (?) AND c.relkind = 'm')";
    }

    @Override
    public List<MaterializedView> read(CatalogQuery catalog) throws SQLException {
        List<MaterializedView> views = new ArrayList<>();
        catalog.query(READ, rs -> {
            List<String> names = ViewCatalog.strings(rs.getArray(10));
            Object[] unique = rs.getArray(11) == null ? new Object[0] : (Object[]) rs.getArray(11).getArray();
            List<String> definitions = ViewCatalog.strings(rs.getArray(12));
            List<MaterializedViewIndex> indexes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                indexes.add(new MaterializedViewIndex(names.get(i), (Boolean) unique[i], definitions.get(i)));
            }
            views.add(new MaterializedView(QualifiedName.of(rs.getString(1), rs.getString(2)),
                    ViewCatalog.query(rs.getString(3)), ViewCatalog.columns(rs, 4), rs.getBoolean(9), indexes,
                    rs.getString(8), ViewCatalog.columnComments(rs, 4), ViewCatalog.strings(rs.getArray(13))));
        });
        return views;
    }

    @Override
    public String dependencyObjects() {
        // its indexes are part of it: what they use (an operator class, a function) the view uses
        return ViewCatalog.dependencyObjects('m', OBJECT_KIND) + " UNION ALL SELECT 'pg_catalog.pg_class'::regclass,"
                + " i.indexrelid, 0, '" + OBJECT_KIND + "', n.nspname, c.relname, NULL::name"
                + ViewCatalog.relations('m', " JOIN pg_catalog.pg_index i ON i.indrelid = c.oid");
    }

    /** Populated or not is data: the two states compare as if {@code from} were created as {@code to} says. */
    @Override
    public List<SchemaChange> diff(MaterializedView from, MaterializedView to) {
        return ManagedKind.super.diff(from.withData(to.withData()), to);
    }

    @Override
    public boolean alterable(MaterializedView from, MaterializedView to) {
        return from.query().equals(to.query()) && from.columns().equals(to.columns());
    }

    @Override
    public List<SqlStatement> create(MaterializedView view) {
        List<SqlStatement> out = new ArrayList<>();
        String with = view.storageParameters().isEmpty() ? ""
                : " WITH (" + String.join(", ", view.storageParameters()) + ")";
        SqlStatement create = SqlStatement.of("CREATE MATERIALIZED VIEW " + SqlNames.name(view.name()) + with + " AS "
                + view.query() + (view.withData() ? "" : " WITH NO DATA"));
        out.add(create.with(view.withData(), Hazard.FULL_TABLE_SCAN, "runs the query of materialized view "
                + view.name() + " to fill it: time grows with the rows it reads (WITH NO DATA would leave it empty"
                + " until REFRESH)"));
        for (MaterializedViewIndex index : view.indexes()) {
            out.add(createIndex(view, index, false));
        }
        out.addAll(ViewSql.comments(KIND, view.name(), view.comment(), view.columnComments()));
        return out;
    }

    @Override
    public List<SqlStatement> drop(MaterializedView view) {
        return List.of(ViewSql.drop(KIND, view.name(), "its materialized rows go with it (the tables it reads keep"
                + " theirs; creating it again runs its query again), queries of it wait"));
    }

    /** Storage parameters, indexes and comments; the query is the same on both sides. */
    @Override
    public List<SqlStatement> alter(MaterializedView from, MaterializedView to) {
        return alter(from, to, false);
    }

    /** True when an index is added or changed: its build reads every row of the view. */
    @Override
    public boolean buildsInPlace(MaterializedView from, MaterializedView to) {
        return !changedIndexes(from, to).isEmpty() || !changedIndexes(to, from).isEmpty();
    }

    /** As {@link #alter}, with the indexes dropped and built {@code CONCURRENTLY}: queries and REFRESH go on. */
    @Override
    public List<SqlStatement> alterConcurrently(MaterializedView from, MaterializedView to) {
        return alter(from, to, true);
    }

    private List<SqlStatement> alter(MaterializedView from, MaterializedView to, boolean concurrently) {
        List<SqlStatement> out = new ArrayList<>(storageChanges(from, to));
        for (MaterializedViewIndex index : changedIndexes(to, from)) {
            out.add(dropIndex(from, index, concurrently));
        }
        for (MaterializedViewIndex index : changedIndexes(from, to)) {
            out.add(concurrently ? createIndexConcurrently(to, index) : createIndex(to, index, true));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(ViewSql.comment(KIND, to.name(), to.comment()));
        }
        out.addAll(ViewSql.columnComments(to.name(), from.columnComments(), to.columnComments()));
        return out;
    }

    /** The indexes of {@code to} that {@code from} does not have as they are (new, or of another definition). */
    private static List<MaterializedViewIndex> changedIndexes(MaterializedView from, MaterializedView to) {
        Map<String, MaterializedViewIndex> before = byName(from.indexes());
        return to.indexes().stream().filter(index -> !index.equals(before.get(index.name()))).toList();
    }

    private static SqlStatement dropIndex(MaterializedView view, MaterializedViewIndex index, boolean concurrently) {
        String why = "index " + index.name() + " of materialized view " + view.name()
                + (index.unique() ? "; REFRESH ... CONCURRENTLY needs a unique index" : "");
        // the concurrent forms are rerunnable, as a table's are: an interrupted run can simply run again
        SqlStatement drop = SqlStatement.of("DROP INDEX " + (concurrently ? "CONCURRENTLY IF EXISTS " : "")
                + SqlNames.name(QualifiedName.of(view.name().schema(), index.name()))).with(Hazard.INDEX_DROPPED, why);
        if (!concurrently) {
            return ViewSql.locked(drop, KIND, view.name(), "queries of it wait, briefly");
        }
        return Locks.concurrently(drop, view.name(), "while queries using the index finish")
                .outsideTransaction("DROP INDEX CONCURRENTLY cannot run in a transaction block");
    }

    private static SqlStatement createIndexConcurrently(MaterializedView view, MaterializedViewIndex index) {
        SqlStatement create = SqlStatement.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY IF NOT EXISTS "
                + SqlNames.name(index.name()) + " ON " + SqlNames.name(view.name()) + " " + index.definition());
        return Locks.concurrently(create, view.name(), "while the index is built")
                .with(Hazard.INDEX_BUILD, "builds index " + index.name() + " over the rows of materialized view "
                        + view.name() + ": time grows with them")
                .outsideTransaction("CREATE INDEX CONCURRENTLY cannot run in a transaction block");
    }

    @Override
    public int createPhase() {
        return 455;
    }

    @Override
    public int dropPhase() {
        return 11;
    }

    @Override
    public int alterPhase() {
        return 446;
    }

    private static SqlStatement createIndex(MaterializedView view, MaterializedViewIndex index, boolean existing) {
        SqlStatement create = SqlStatement.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX "
                + SqlNames.name(index.name()) + " ON " + SqlNames.name(view.name()) + " " + index.definition());
        if (!existing) {
            return create.with(view.withData(), Hazard.INDEX_BUILD, "builds index " + index.name() + " over the rows"
                    + " of materialized view " + view.name() + ": time grows with them");
        }
        return create.with(Hazard.SHARE_LOCK, "SHARE on materialized view " + view.name() + " while the index is"
                        + " built: REFRESH waits, reads continue")
                .with(Hazard.INDEX_BUILD, "builds index " + index.name() + " over the rows of materialized view "
                        + view.name() + ": time grows with them");
    }

    // storage parameters change the catalog only (the rows are not rewritten); SHARE UPDATE EXCLUSIVE, as for a table
    private static List<SqlStatement> storageChanges(MaterializedView from, MaterializedView to) {
        Map<String, String> old = parameters(from.storageParameters());
        Map<String, String> target = parameters(to.storageParameters());
        List<String> set = new ArrayList<>();
        target.forEach((name, value) -> {
            if (!value.equals(old.get(name))) {
                set.add(name + "=" + value);
            }
        });
        List<String> reset = old.keySet().stream().filter(name -> !target.containsKey(name)).toList();
        String alter = "ALTER MATERIALIZED VIEW " + SqlNames.name(to.name());
        List<SqlStatement> out = new ArrayList<>();
        if (!set.isEmpty()) {
            out.add(Locks.shareUpdateExclusive(SqlStatement.of(alter + " SET (" + String.join(", ", set) + ")"), to.name()));
        }
        if (!reset.isEmpty()) {
            out.add(Locks.shareUpdateExclusive(SqlStatement.of(alter + " RESET (" + String.join(", ", reset) + ")"),
                    to.name()));
        }
        return out;
    }

    private static Map<String, String> parameters(List<String> options) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            map.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return map;
    }

    private static Map<String, MaterializedViewIndex> byName(List<MaterializedViewIndex> indexes) {
        return indexes.stream().collect(Collectors.toMap(MaterializedViewIndex::name, Function.identity()));
    }
}
