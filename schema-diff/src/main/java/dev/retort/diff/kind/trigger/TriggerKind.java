package dev.retort.diff.kind.trigger;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * TriggerKind manages the triggers of tables and views (not internal ones, such as those of foreign keys, nor the
 * clones a partitioned table's trigger has on its partitions). A trigger is compared as {@code pg_get_triggerdef}
 * prints it, with its enabled state and comment. A new definition is {@code CREATE OR REPLACE TRIGGER}, except for
 * constraint triggers, which PostgreSQL only drops and creates; the enabled state is
 * {@code ALTER TABLE ... ENABLE/DISABLE TRIGGER}. Triggers are created after their table and function (their
 * {@code pg_depend} edges) and dropped before them.
 */
public final class TriggerKind implements ManagedKind<Trigger> {

    private static final String TRIGGERS = " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY (?) AND NOT t.tgisinternal AND t.tgparentid = 0"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_trigger'", "t.oid")
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_class'", "c.oid");

    private static final String READ = "SELECT n.nspname, c.relname, t.tgname, pg_catalog.pg_get_triggerdef(t.oid),"
            + " t.tgconstraint <> 0, t.tgenabled::text, pg_catalog.obj_description(t.oid, 'pg_trigger')" + TRIGGERS
            + " ORDER BY 1, 2, 3";

    private static final String OBJECTS = "SELECT 'pg_catalog.pg_trigger'::regclass, t.oid, 0, 'TRIGGER', n.nspname,"
            + " c.relname, t.tgname" + TRIGGERS;

    private static final String CREATE = "CREATE TRIGGER ";

    @Override
    public Class<Trigger> type() {
        return Trigger.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.TRIGGER);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (?) AND NOT t.tgisinternal)";
    }

    @Override
    public List<Trigger> read(CatalogQuery catalog) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        catalog.query(READ, rs -> triggers.add(new Trigger(QualifiedName.of(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getBoolean(5), TriggerEnabled.of(rs.getString(6)),
                rs.getString(7))));
        return triggers;
    }

    @Override
    public String dependencyObjects() {
        return OBJECTS;
    }

    /** In place unless it is (or becomes) a constraint trigger, which CREATE OR REPLACE does not take. */
    @Override
    public boolean alterable(Trigger from, Trigger to) {
        return from.definition().equals(to.definition()) || !from.constraint() && !to.constraint();
    }

    @Override
    public List<SqlStatement> create(Trigger trigger) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(shareRowExclusive(SqlStatement.of(trigger.definition()), trigger));
        if (trigger.enabled() != TriggerEnabled.ORIGIN) {
            out.add(enable(trigger));
        }
        if (trigger.comment() != null) {
            out.add(comment(trigger));
        }
        return out;
    }

    @Override
    public List<SqlStatement> drop(Trigger trigger) {
        return List.of(SqlStatement.of("DROP TRIGGER " + SqlNames.name(trigger.name()) + " ON "
                + SqlNames.name(trigger.table())).with(Hazard.ACCESS_EXCLUSIVE_LOCK, "ACCESS EXCLUSIVE on "
                + trigger.table() + ", briefly: only the catalog changes"));
    }

    @Override
    public List<SqlStatement> alter(Trigger from, Trigger to) {
        List<SqlStatement> out = new ArrayList<>();
        boolean replaced = !from.definition().equals(to.definition());
        if (replaced) {
            // the server prints CREATE TRIGGER; a replaced trigger is enabled as a new one is
            String definition = to.definition();
            out.add(shareRowExclusive(SqlStatement.of(definition.startsWith(CREATE)
                    ? "CREATE OR REPLACE TRIGGER " + definition.substring(CREATE.length()) : definition), to));
        }
        if (replaced ? to.enabled() != TriggerEnabled.ORIGIN : from.enabled() != to.enabled()) {
            out.add(enable(to));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to));
        }
        return out;
    }

    // after the tables, columns and functions they use, after the indexes and keys (so that rows written by
    // the migration itself are not seen by half-made triggers)
    @Override
    public int createPhase() {
        return 430;
    }

    // first: before the columns, tables and functions they use go
    @Override
    public int dropPhase() {
        return 15;
    }

    private static SqlStatement enable(Trigger trigger) {
        return shareRowExclusive(SqlStatement.of("ALTER TABLE " + SqlNames.name(trigger.table()) + " "
                + trigger.enabled().sql() + " TRIGGER " + SqlNames.name(trigger.name())), trigger);
    }

    private static SqlStatement comment(Trigger trigger) {
        return SqlStatement.of("COMMENT ON TRIGGER " + SqlNames.name(trigger.name()) + " ON "
                + SqlNames.name(trigger.table()) + " IS " + SqlNames.literal(trigger.comment()));
    }

    private static SqlStatement shareRowExclusive(SqlStatement statement, Trigger trigger) {
        return statement.with(Hazard.SHARE_ROW_EXCLUSIVE_LOCK, "SHARE ROW EXCLUSIVE on " + trigger.table()
                + ", briefly: writes wait, reads continue");
    }
}
