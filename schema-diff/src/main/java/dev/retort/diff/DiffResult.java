package dev.retort.diff;

import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.render.MigrationScript;
import dev.retort.diff.render.ScriptWriter;

import java.util.List;
import java.util.Objects;

/**
 * DiffResult is what {@link DiffEngine#diff} found: the changes, the upgrade plan and the downgrade plan derived
 * from the inverses of the same changes.
 *
 * <pre>{@code
 * DiffResult result = new DiffEngine().diff(live, declared);
 * if (!result.isEmpty()) System.out.print(result.upgradeSql());
 * }</pre>
 */
public record DiffResult(List<SchemaChange> changes, MigrationPlan upgrade, MigrationPlan downgrade) {

    public DiffResult {
        changes = List.copyOf(changes);
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
    }

    /** True when the two models are equal (after normalization): nothing to migrate. */
    public boolean isEmpty() {
        return changes.isEmpty();
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

    public MigrationScript upgradeScript(String description) {
        return new ScriptWriter().write(description, upgrade);
    }

    public MigrationScript downgradeScript(String description) {
        return new ScriptWriter().write(description, downgrade);
    }
}
