package dev.retort.diff.unmanaged;

import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.change.AlterEnum;
import dev.retort.diff.change.DropColumn;
import dev.retort.diff.change.DropObject;
import dev.retort.diff.change.DropEnum;
import dev.retort.diff.change.DropSchema;
import dev.retort.diff.change.DropSequence;
import dev.retort.diff.change.DropTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.UnmanagedDependent;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * BlockedChanges finds the changes of a plan that drop or retype a managed table, column, sequence, enum, schema
 * or object of the other kinds (a function, a view ...) that an unmanaged object depends on (from {@code pg_depend}, read by the inspector of the side the plan
 * runs on), and marks their statements {@link Hazard#HAS_UNTRACKABLE_DEPENDENCIES} when the user lets them through.
 *
 * <pre>{@code
 * List<BlockedChange> blocked = BlockedChanges.find(result.changes(), live.dependents());
 * if (!blocked.isEmpty() && !allow) refuse(blocked);
 * }</pre>
 */
public final class BlockedChanges {

    private BlockedChanges() {
    }

    /** The changes among {@code changes} that {@code dependents} block, in plan order. */
    public static List<BlockedChange> find(List<SchemaChange> changes, List<UnmanagedDependent> dependents) {
        List<BlockedChange> blocked = new ArrayList<>();
        for (SchemaChange change : changes) {
            Predicate<UnmanagedDependent> hit = blocks(change);
            List<UnmanagedDependent> on = dependents.stream().filter(hit).toList();
            if (!on.isEmpty()) {
                blocked.add(new BlockedChange(change, on));
            }
        }
        return blocked;
    }

    // Renames keep OIDs (dependents follow them); creates and adds cannot break what exists.
    private static Predicate<UnmanagedDependent> blocks(SchemaChange change) {
        if (change instanceof DropTable drop) {
            return d -> d.referenced().equals(drop.table().name());
        }
        if (change instanceof DropColumn drop) {
            return d -> d.referenced().equals(drop.table()) && drop.column().name().equals(d.column());
        }
        if (change instanceof AlterColumnType alter) {
            return d -> d.referenced().equals(alter.fromTable()) && alter.from().name().equals(d.column());
        }
        if (change instanceof DropSequence drop) {
            return d -> d.referenced().equals(drop.sequence().name());
        }
        if (change instanceof DropEnum drop) {
            return d -> d.referenced().equals(drop.type().name());
        }
        if (change instanceof AlterEnum alter && !alter.onlyAddsValues()) {
            return d -> d.referenced().equals(alter.from().name());
        }
        // a dropped function, view, type ...: dependents name it (table members and privileges have no dependents)
        if (change instanceof DropObject drop && !drop.object().id().kind().isTableMember()
                && drop.object().id().kind() != dev.retort.schema.model.ObjectKind.PRIVILEGES) {
            return d -> d.referenced().equals(drop.object().id().name());
        }
        if (change instanceof DropSchema drop) {
            return d -> d.referenced().schema().equals(drop.name());
        }
        return d -> false;
    }

    /** The message that refuses a plan: each blocked change with its dependents, and the way out. */
    public static String refusal(List<BlockedChange> blocked) {
        return "refusing changes that objects Retort does not manage depend on (PostgreSQL would stop halfway"
                + " through the script or drop them along):\n" + blocked.stream().map(b -> "  - " + b.describe())
                .collect(Collectors.joining("\n")) + "\nchange or drop those objects first (by hand, in a migration),"
                + " or pass --allow-unmanaged-dependents to write the statements anyway (marked "
                + Hazard.HAS_UNTRACKABLE_DEPENDENCIES + ")";
    }

    /** {@code plan} with the statements of the blocked changes marked HAS_UNTRACKABLE_DEPENDENCIES. */
    public static MigrationPlan marked(MigrationPlan plan, List<BlockedChange> blocked) {
        Set<SchemaChange> sources = blocked.stream().map(BlockedChange::change).collect(Collectors.toSet());
        if (sources.isEmpty()) {
            return plan;
        }
        List<PlannedStatement> statements = new ArrayList<>();
        for (PlannedStatement s : plan.statements()) {
            if (sources.contains(s.source())) {
                Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
                hazards.addAll(s.hazards());
                hazards.add(Hazard.HAS_UNTRACKABLE_DEPENDENCIES);
                s = new PlannedStatement(s.sql(), s.source(), hazards, s.transactional());
            }
            statements.add(s);
        }
        return new MigrationPlan(statements);
    }
}
