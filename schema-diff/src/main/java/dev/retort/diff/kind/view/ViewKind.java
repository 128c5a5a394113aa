package dev.retort.diff.kind.view;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.View;
import dev.retort.schema.model.ViewColumn;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * ViewKind manages views. The query is compared as {@code pg_get_viewdef} prints it (names schema-qualified, since
 * the inspector reads with {@code search_path = pg_catalog}). A new query whose columns extend the old ones (same
 * leading names and types, PostgreSQL's rule for {@code CREATE OR REPLACE VIEW}) replaces it in place; options and
 * comments change with {@code ALTER VIEW} and {@code COMMENT}; anything else drops and creates the view, and the
 * differ recreates what depends on it around that. Going back from extended columns to fewer is a drop and create
 * too (PostgreSQL cannot drop a view's column), so the views that depend on one whose columns grow are recreated
 * with it in both directions.
 */
public final class ViewKind implements ManagedKind<View> {

    private static final String KIND = "VIEW";

    private static final String READ = "SELECT n.nspname, c.relname, pg_catalog.pg_get_viewdef(c.oid, true), "
            + ViewCatalog.COLUMNS + ", " + option("security_barrier") + ", " + option("security_invoker") + ", "
            + option("check_option") + ViewCatalog.relations('v') + " ORDER BY 1, 2";

    private static String option(String name) {
        return "(SELECT o.option_value FROM pg_catalog.pg_options_to_table(c.reloptions) o WHERE o.option_name = '"
                + name + "')";
    }

    @Override
    public Class<View> type() {
        return View.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.VIEW);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ANY (?) AND c.relkind = 'v')";
    }

    @Override
    public List<View> read(CatalogQuery catalog) throws SQLException {
        List<View> views = new ArrayList<>();
        catalog.query(READ, rs -> {
            String check = rs.getString(11);
            views.add(new View(QualifiedName.of(rs.getString(1), rs.getString(2)), ViewCatalog.query(rs.getString(3)),
                    ViewCatalog.columns(rs, 4), ViewCatalog.option(rs.getString(9)), ViewCatalog.option(rs.getString(10)),
                    check == null ? CheckOption.NONE : CheckOption.valueOf(check.toUpperCase(Locale.ROOT)),
                    rs.getString(8), ViewCatalog.columnComments(rs, 4)));
        });
        return views;
    }

    @Override
    public String dependencyObjects() {
        return ViewCatalog.dependencyObjects('v', KIND);
    }

    /** In place when only options or comments change, or when the new columns extend the old ones. */
    @Override
    public boolean alterable(View from, View to) {
        if (from.query().equals(to.query()) && from.columns().equals(to.columns())) {
            return true;
        }
        return !from.columns().isEmpty() && extendsColumns(from.columns(), to.columns());
    }

    @Override
    public List<SqlStatement> create(View view) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("CREATE VIEW " + SqlNames.name(view.name()) + options(view) + " AS " + view.query()));
        out.addAll(ViewSql.comments(KIND, view.name(), view.comment(), view.columnComments()));
        return out;
    }

    @Override
    public List<SqlStatement> drop(View view) {
        return List.of(ViewSql.drop(KIND, view.name(), "queries of the view wait"));
    }

    /**
     * The in-place change; also the inverse of one, which may go from extended columns back to fewer: that is a
     * drop and create (the differ has recreated what depends on the view around it).
     */
    @Override
    public List<SqlStatement> alter(View from, View to) {
        boolean sameDefinition = from.query().equals(to.query()) && from.columns().equals(to.columns());
        if (!sameDefinition && !extendsColumns(from.columns(), to.columns())) {
            List<SqlStatement> out = new ArrayList<>(drop(from));
            out.addAll(create(to));
            return out;
        }
        List<SqlStatement> out = new ArrayList<>();
        if (!sameDefinition) {
            // CREATE OR REPLACE sets the options to those it names, so they need no statement of their own
            out.add(ViewSql.locked(SqlStatement.of("CREATE OR REPLACE VIEW " + SqlNames.name(to.name()) + options(to)
                    + " AS " + to.query()), KIND, to.name(), "queries of the view wait, briefly"));
        } else {
            out.addAll(optionChanges(from, to));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(ViewSql.comment(KIND, to.name(), to.comment()));
        }
        out.addAll(ViewSql.columnComments(to.name(), from.columnComments(), to.columnComments()));
        return out;
    }

    @Override
    public int createPhase() {
        return 450;
    }

    @Override
    public int dropPhase() {
        return 10;
    }

    /** Before creations of the same phase: a view that depends on a replaced one is created after it. */
    @Override
    public int alterPhase() {
        return 445;
    }

    private static boolean extendsColumns(List<ViewColumn> from, List<ViewColumn> to) {
        return to.size() >= from.size() && to.subList(0, from.size()).equals(from);
    }

    private static String options(View view) {
        List<String> options = new ArrayList<>();
        if (view.securityBarrier()) {
            options.add("security_barrier = true");
        }
        if (view.securityInvoker()) {
            options.add("security_invoker = true");
        }
        if (view.checkOption() != CheckOption.NONE) {
            options.add("check_option = " + SqlNames.literal(view.checkOption().sql()));
        }
        return options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")";
    }

    private static List<SqlStatement> optionChanges(View from, View to) {
        List<String> set = new ArrayList<>();
        List<String> reset = new ArrayList<>();
        option(from.securityBarrier(), to.securityBarrier(), "security_barrier = true", "security_barrier", set, reset);
        option(from.securityInvoker(), to.securityInvoker(), "security_invoker = true", "security_invoker", set, reset);
        if (from.checkOption() != to.checkOption()) {
            if (to.checkOption() == CheckOption.NONE) {
                reset.add("check_option");
            } else {
                set.add("check_option = " + SqlNames.literal(to.checkOption().sql()));
            }
        }
        List<SqlStatement> out = new ArrayList<>();
        String view = SqlNames.name(to.name());
        if (!reset.isEmpty()) {
            out.add(ViewSql.locked(SqlStatement.of("ALTER VIEW " + view + " RESET (" + String.join(", ", reset) + ")"),
                    KIND, to.name(), "queries of the view wait, briefly"));
        }
        if (!set.isEmpty()) {
            out.add(ViewSql.locked(SqlStatement.of("ALTER VIEW " + view + " SET (" + String.join(", ", set) + ")"),
                    KIND, to.name(), "queries of the view wait, briefly"));
        }
        return out;
    }

    private static void option(boolean from, boolean to, String setting, String name, List<String> set,
                               List<String> reset) {
        if (from && !to) {
            reset.add(name);
        } else if (!from && to) {
            set.add(setting);
        }
    }
}
