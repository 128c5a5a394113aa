package dev.retort.diff;

import dev.retort.diff.change.DropObject;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.compare.SchemaDiffer;
import dev.retort.diff.plan.ChangePlanner;
import dev.retort.diff.plan.LockSafeForms;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.render.PostgresSqlRenderer;
import dev.retort.schema.model.SchemaModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DiffEngine is the one call for callers: compare two models and get the changes, the upgrade and the downgrade.
 * It runs without a database. The downgrade is derived (the reversed inverses of the upgrade's changes, planned,
 * with the objects that use what only the downgrade takes away dropped and created again around it), never written
 * separately.
 *
 * <pre>{@code
 * DiffEngine engine = new DiffEngine();
 * DiffResult result = engine.diff(inspectedModel, declaredModel);
 * String up = result.upgradeSql();
 * String down = result.downgradeSql();
 * MigrationPlan create = engine.createAll(declaredModel);   // e.g. to build the declaration in a scratch database
 * }</pre>
 */
public final class DiffEngine {

    private final SchemaDiffer differ = new SchemaDiffer();
    private final ChangePlanner planner = new ChangePlanner(new PostgresSqlRenderer());
    private final boolean lockSafe;

    /** An engine that plans the plain forms: for empty, development and test databases. */
    public DiffEngine() {
        this(false);
    }

    private DiffEngine(boolean lockSafe) {
        this.lockSafe = lockSafe;
    }

    /**
     * An engine whose plans keep a production database serving ({@link LockSafeForms}): indexes on existing tables
     * built and dropped concurrently, in migrations of their own. What {@code retort revision} and {@code diff} use
     * unless asked for the plain form.
     */
    public static DiffEngine lockSafe() {
        return new DiffEngine(true);
    }

    /** An engine that plans lock-safe forms when {@code lockSafe} holds, else the plain ones. */
    public static DiffEngine of(boolean lockSafe) {
        return new DiffEngine(lockSafe);
    }

    /** The changes that turn {@code from} into {@code to}, with both plans. */
    public DiffResult diff(SchemaModel from, SchemaModel to) {
        List<SchemaChange> changes = differ.diff(from, to);
        if (!lockSafe) {
            return new DiffResult(changes, planner.plan(changes, from.dependencies(), to.dependencies()),
                    planner.plan(differ.downgrade(inverses(changes), from, to), to.dependencies(), from.dependencies()));
        }
        // lock-safe steps stay where their change was planned, in sequence (a SET NOT NULL's proof check before it,
        // a VALIDATE after its ADD ... NOT VALID); the downgrade undoes them last first
        List<SchemaChange> steps = LockSafeForms.apply(planner.order(changes, from.dependencies(), to.dependencies()),
                from, to);
        return new DiffResult(steps, planner.planInOrder(steps, from.dependencies()),
                planner.planInOrder(downgradeInOrder(inverses(steps), from, to), to.dependencies()));
    }

    // the lock-safe downgrade keeps its steps' order; what only it takes away has its users dropped first and
    // created again last
    private List<SchemaChange> downgradeInOrder(List<SchemaChange> inverse, SchemaModel from, SchemaModel to) {
        List<SchemaChange> completed = differ.downgrade(inverse, from, to);
        if (completed.equals(inverse)) {
            return inverse;
        }
        // sets: a large plan (a whole schema) would otherwise search its list once per change
        Set<SchemaChange> inverseSet = new HashSet<>(inverse);
        Set<SchemaChange> kept = new HashSet<>(completed);
        List<SchemaChange> added = completed.stream().filter(c -> !inverseSet.contains(c)).toList();
        List<SchemaChange> ordered = new ArrayList<>(planner.order(
                added.stream().filter(c -> c instanceof DropObject).toList(), to.dependencies(), from.dependencies()));
        inverse.stream().filter(kept::contains).forEach(ordered::add);
        ordered.addAll(planner.order(added.stream().filter(c -> !(c instanceof DropObject)).toList(),
                to.dependencies(), from.dependencies()));
        return ordered;
    }

    /**
     * The plan that creates everything in {@code model} in a database that has none of it: the diff from an empty
     * model that manages only {@code public}, so {@code CREATE SCHEMA} is included for every other schema.
     */
    public MigrationPlan createAll(SchemaModel model) {
        if (!lockSafe) {
            // the upgrade alone: planning the downgrade too (a drop of every table) was half of `retort inspect`
            SchemaModel empty = SchemaModel.empty();
            return planner.plan(differ.diff(empty, model), empty.dependencies(), model.dependencies());
        }
        return diff(SchemaModel.empty(), model).upgrade();
    }

    /** The reversed list of inverses: what undoes {@code changes}. */
    public static List<SchemaChange> inverses(List<SchemaChange> changes) {
        List<SchemaChange> inverse = new ArrayList<>(changes.size());
        changes.forEach(c -> inverse.add(c.inverse()));
        Collections.reverse(inverse);
        return inverse;
    }
}
