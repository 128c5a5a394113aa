package dev.retort.diff.compare;

import dev.retort.diff.change.AlterObject;
import dev.retort.diff.change.CreateObject;
import dev.retort.diff.change.DropObject;
import dev.retort.diff.change.RenameColumn;
import dev.retort.diff.change.RenameTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.diff.kind.exclusion.ExclusionRenames;
import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ObjectDiffer compares the objects of the other kinds (extensions, views, functions ...) by id: a new id is
 * created, a missing one dropped, and two states of one object are compared by their kind.
 *
 * <p>It also applies the general rule for dependents: an object of these kinds that uses something another change
 * takes away (drops, recreates or retypes: a column's type change under a view, a function recreated under a
 * trigger) is dropped before and created again after, even when it is itself unchanged; one that is replaced in place
 * by a form that no longer uses it is only replaced, before the removal. The planner orders those
 * by the dependencies; the downgrade, derived from the inverses, does the mirror.
 */
final class ObjectDiffer {

    private ObjectDiffer() {
    }

    static void diff(SchemaModel from, SchemaModel to, List<SchemaChange> out) {
        Map<ObjectId, SchemaObject> before = byId(from.objects());
        Map<ObjectId, SchemaObject> after = byId(to.objects());
        // a renamed table takes its exclusion constraints with it
        ExclusionRenames carried = ExclusionRenames.match(from, to, out);
        for (SchemaObject object : to.objects()) {
            if (!before.containsKey(object.id()) && !carried.carriesOver(object.id())) {
                out.add(new CreateObject(object));
            }
        }
        for (SchemaObject object : from.objects()) {
            SchemaObject target = after.get(object.id());
            if (target == null && carried.target(object.id()) != null) {
                out.addAll(carried.changes((ExclusionConstraint) object));
            } else if (target == null) {
                out.add(new DropObject(object));
            } else {
                out.addAll(ManagedKinds.of(object).diff(object, target));
            }
        }
        recreateDependents(from, to, after, out);
        Set<ObjectId> removed = new TreeSet<>();
        out.forEach(c -> removed.addAll(c.footprint().removes()));
        for (ObjectId id : List.copyOf(removed)) {
            if (before.containsKey(id) && after.containsKey(id)) {
                BuiltInDependents.recreate(from, to, id, removed, out);
            }
        }
        UserTypeChanges.check(from, to, out);
    }

    /**
     * The downgrade's changes: {@code inverses} (the reversed inverses of an upgrade that runs on {@code restores}),
     * with drop + create of the objects that use what only the downgrade takes away (an enum label added in place
     * is dropped again by rebuilding the type under the views and functions that use it).
     */
    static List<SchemaChange> downgrade(List<SchemaChange> inverses, SchemaModel runsOn, SchemaModel restores) {
        List<SchemaChange> changes = new ArrayList<>(inverses);
        recreateDependents(runsOn, restores, byId(restores.objects()), changes);
        return changes;
    }

    /** Adds drop + create of every unchanged or altered-in-place object that uses what a change takes away. */
    private static void recreateDependents(SchemaModel from, SchemaModel to, Map<ObjectId, SchemaObject> after,
                                           List<SchemaChange> out) {
        if (from.objects().isEmpty()) {
            return;
        }
        Map<ObjectId, SchemaObject> before = byId(from.objects());
        while (true) {
            Set<ObjectId> dropped = new TreeSet<>();
            Set<ObjectId> removed = new TreeSet<>();
            for (SchemaChange change : out) {
                if (change instanceof DropObject drop) {
                    dropped.add(drop.object().id());
                }
                // PostgreSQL follows a rename: what uses the table or column keeps working
                if (!(change instanceof RenameTable) && !(change instanceof RenameColumn)) {
                    removed.addAll(change.footprint().removes());
                }
                // an in-place change whose inverse is not (a view whose columns grow: going back drops and creates
                // it) takes the object away in the downgrade, so what depends on it is recreated in both directions
                if (change instanceof AlterObject alter && !ManagedKinds.of(alter.to()).alterable(alter.to(), alter.from())) {
                    removed.add(alter.to().id());
                }
            }
            Set<ObjectId> affected = new TreeSet<>();
            // what belongs to a recreated object goes and comes back with it (the privileges of a function)
            for (ObjectId id : before.keySet()) {
                if (!dropped.contains(id) && id.owner() != null && (dropped.contains(id.owner()) || onViewColumn(id, dropped))) {
                    affected.add(id);
                }
            }
            // an object rebuilt under its name (an enum type whose labels are dropped) comes back with the default
            // privileges: its own go and come back around it (a column keeps its own through ALTER COLUMN TYPE)
            for (ObjectId id : before.keySet()) {
                if (id.kind() == ObjectKind.PRIVILEGES && !dropped.contains(id) && id.target().kind() != ObjectKind.COLUMN
                        && removed.contains(id.target())) {
                    affected.add(id);
                }
            }
            for (ObjectId id : removed) {
                for (ObjectId dependent : from.dependencies().allDependentsOf(id)) {
                    if (before.containsKey(dependent) && !dropped.contains(dependent)
                            && !replacedWithout(dependent, id, to, out)) {
                        affected.add(dependent);
                    }
                }
            }
            if (affected.isEmpty()) {
                return;
            }
            for (ObjectId id : affected) {
                SchemaObject old = before.get(id);
                out.removeIf(c -> c instanceof AlterObject alter && alter.from().id().equals(id));
                out.add(new DropObject(old));
                SchemaObject target = after.get(id);
                if (target != null && out.stream().noneMatch(c -> c instanceof CreateObject create
                        && create.object().id().equals(id))) {
                    out.add(new CreateObject(target));
                }
            }
        }
    }

    /**
     * True when {@code dependent} is replaced in place (both ways) by a form that no longer uses {@code removed}: the
     * {@code CREATE OR REPLACE} runs before the removal (ChangeGraph orders it by what the old form used), so the
     * dependent need not be dropped and created again. What the target no longer has, its form cannot use; what the
     * target has again (a recreated function) is looked up in the target's dependencies, when it has any.
     */
    private static boolean replacedWithout(ObjectId dependent, ObjectId removed, SchemaModel to, List<SchemaChange> out) {
        boolean gone = switch (removed.kind()) {
            case COLUMN -> to.table(removed.name()).flatMap(t -> t.column(removed.member())).isEmpty();
            case TABLE -> to.table(removed.name()).isEmpty();
            case FUNCTION, PROCEDURE, AGGREGATE, VIEW, MATERIALIZED_VIEW, DOMAIN, COMPOSITE_TYPE, RANGE_TYPE ->
                    to.object(removed).isEmpty();
            default -> false;
        };
        boolean unused = gone || !to.dependencies().isEmpty() && !to.dependencies().dependsOnAny(dependent, Set.of(removed));
        return unused && out.stream().anyMatch(c -> c instanceof AlterObject alter && alter.from().id().equals(dependent)
                && ManagedKinds.of(alter.to()).alterable(alter.from(), alter.to())
                && ManagedKinds.of(alter.to()).alterable(alter.to(), alter.from()));
    }

    // privileges on a column of a dropped view or materialized view go with it (DROP VIEW takes them)
    private static boolean onViewColumn(ObjectId id, Set<ObjectId> dropped) {
        return id.kind() == ObjectKind.PRIVILEGES && id.target().kind() == ObjectKind.COLUMN
                && (dropped.contains(ObjectId.of(ObjectKind.VIEW, id.name()))
                || dropped.contains(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, id.name())));
    }

    private static Map<ObjectId, SchemaObject> byId(List<SchemaObject> objects) {
        Map<ObjectId, SchemaObject> map = new LinkedHashMap<>();
        objects.forEach(o -> map.put(o.id(), o));
        return map;
    }

}
