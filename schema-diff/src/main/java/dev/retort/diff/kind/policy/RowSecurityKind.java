package dev.retort.diff.kind.policy;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.RowSecurity;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RowSecurityKind manages whether a table enables and forces row-level security: {@code ALTER TABLE ... ENABLE /
 * DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY}, each under an ACCESS EXCLUSIVE lock and changing who sees which
 * rows. Security is enabled after the table's policies are created and disabled before they are dropped, so a
 * table is never deny-all in between (the whole plan is one transaction anyway).
 */
public final class RowSecurityKind implements ManagedKind<RowSecurity> {

    private static final String READ = CatalogQuery.managedTables()
            + "SELECT m.nspname, m.relname, c.relrowsecurity, c.relforcerowsecurity FROM managed m"
            + " JOIN pg_catalog.pg_class c ON c.oid = m.oid WHERE c.relrowsecurity OR c.relforcerowsecurity ORDER BY 1, 2";

    @Override
    public Class<RowSecurity> type() {
        return RowSecurity.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of();
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ANY (?) AND (c.relrowsecurity OR c.relforcerowsecurity))";
    }

    @Override
    public List<RowSecurity> read(CatalogQuery catalog) throws SQLException {
        List<RowSecurity> out = new ArrayList<>();
        catalog.query(READ, rs -> out.add(new RowSecurity(dev.retort.schema.model.QualifiedName.of(rs.getString(1),
                rs.getString(2)), rs.getBoolean(3), rs.getBoolean(4))));
        return out;
    }

    @Override
    public boolean alterable(RowSecurity from, RowSecurity to) {
        return true;
    }

    @Override
    public List<SqlStatement> create(RowSecurity security) {
        return change(security, false, false, security.enabled(), security.forced());
    }

    @Override
    public List<SqlStatement> drop(RowSecurity security) {
        return change(security, security.enabled(), security.forced(), false, false);
    }

    @Override
    public List<SqlStatement> alter(RowSecurity from, RowSecurity to) {
        return change(to, from.enabled(), from.forced(), to.enabled(), to.forced());
    }

    private static List<SqlStatement> change(RowSecurity security, boolean enabledBefore, boolean forcedBefore,
                                             boolean enabled, boolean forced) {
        List<String> actions = new ArrayList<>();
        if (enabled != enabledBefore) {
            actions.add(enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
        }
        if (forced != forcedBefore) {
            actions.add(forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
        }
        if (actions.isEmpty()) {
            return List.of();
        }
        String table = SqlNames.name(security.table());
        return List.of(SqlStatement.of("ALTER TABLE " + table + " " + String.join(", ", actions))
                .with(Hazard.AUTHZ_UPDATE, "table " + security.table() + ": " + String.join(", ", actions).toLowerCase(
                        java.util.Locale.ROOT) + " changes which rows its readers and writers see")
                .with(Hazard.ACCESS_EXCLUSIVE_LOCK, "ACCESS EXCLUSIVE on " + security.table()
                        + ", briefly: only the catalog changes"));
    }

    @Override
    public int createPhase() {
        return 595;
    }

    @Override
    public int dropPhase() {
        return 11;
    }
}
