package dev.retort.diff;

import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.render.MigrationScript;
import dev.retort.diff.render.ScriptWriter;
import dev.retort.diff.unmanaged.UnmanagedDifference;

import java.util.List;
import java.util.Objects;

/**
 * DiffResult is what {@link DiffEngine#diff} found: the changes, the upgrade plan and the downgrade plan derived
 * from the inverses of the same changes, and (when the two sides were inspected) every difference in what Retort
 * does not manage, for which it writes no SQL.
 *
 * <pre>{@code
 * DiffResult result = new DiffEngine().diff(live.model(), declared.model())
 *         .withUnmanaged(UnmanagedComparison.compare(live, declared, Scope.SCHEMAS));
 * if (!result.isEmpty()) System.out.print(result.upgradeSql());
 * }</pre>
 */
public record DiffResult(List<SchemaChange> changes, MigrationPlan upgrade, MigrationPlan downgrade,
                         List<UnmanagedDifference> unmanaged) {

    public DiffResult {
        changes = List.copyOf(changes);
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
        unmanaged = List.copyOf(unmanaged);
    }

    /** A result of the model comparison alone. */
    public DiffResult(List<SchemaChange> changes, MigrationPlan upgrade, MigrationPlan downgrade) {
        this(changes, upgrade, downgrade, List.of());
    }

    /** The same changes and plans, with the differences in what Retort does not manage. */
    public DiffResult withUnmanaged(List<UnmanagedDifference> differences) {
        return new DiffResult(changes, upgrade, downgrade, differences);
    }

    /** The same changes, with other plans (e.g. with hazards added). */
    public DiffResult withPlans(MigrationPlan newUpgrade, MigrationPlan newDowngrade) {
        return new DiffResult(changes, newUpgrade, newDowngrade, unmanaged);
    }

    /** True when the two sides are equal: no change to migrate and no difference in what Retort does not manage. */
    public boolean isEmpty() {
        return changes.isEmpty() && unmanaged.isEmpty();
    }

    /** True when the two sides differ in something Retort does not manage (no migration written by it is complete). */
    public boolean hasUnmanagedDifferences() {
        return !unmanaged.isEmpty();
    }

    /** True when the upgrade can lose data (see {@link MigrationPlan#isDestructive()}). */
    public boolean isDestructive() {
        return upgrade.isDestructive();
    }

    /** The upgrade as a script with header and hazard comments. */
    public String upgradeSql() {
        return upgradeScript("upgrade").sql();
    }

    /** The downgrade (inverse of the upgrade) as a script with header and hazard comments. */
    public String downgradeSql() {
        return downgradeScript("downgrade").sql();
    }

    /** The upgrade as a file that Flyway runs (no BEGIN/COMMIT of its own). */
    public MigrationScript upgradeScript(String description) {
        return upgradeScript(description, ScriptWriter.Mode.FLYWAY);
    }

    public MigrationScript downgradeScript(String description) {
        return downgradeScript(description, ScriptWriter.Mode.FLYWAY);
    }

    /** The upgrade in {@code mode}; {@link ScriptWriter.Mode#PSQL} is atomic under {@code psql -f}. */
    public MigrationScript upgradeScript(String description, ScriptWriter.Mode mode) {
        return new ScriptWriter(mode, unmanagedNotes()).write(description, upgrade);
    }

    public MigrationScript downgradeScript(String description, ScriptWriter.Mode mode) {
        return new ScriptWriter(mode, unmanagedNotes()).write(description, downgrade);
    }

    /** One line per difference in what Retort does not manage, for script comments. */
    public List<String> unmanagedNotes() {
        return unmanaged.stream().map(UnmanagedDifference::describe).toList();
    }
}
