package dev.retort.diff.compare;

import dev.retort.diff.change.AddCheckConstraint;
import dev.retort.diff.change.AlterColumnDefault;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.DropCheckConstraint;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BuiltInDependents handles the table parts that use an object of the other kinds which is dropped and created
 * again (a function whose result type changes): PostgreSQL refuses to drop the function while an expression
 * index, a CHECK constraint or a column default uses it. Indexes and checks are dropped before and created again
 * after (their hazards say what that costs), and a column default is dropped before and set again after (rows
 * inserted in between, outside the migration's transaction, get no default). A generation expression cannot be taken
 * away and put back without recomputing the column, so the diff is refused, naming the column and the way around it.
 */
final class BuiltInDependents {

    private BuiltInDependents() {
    }

    /** Adds drop + create of the indexes and checks (of tables that stay) that use {@code recreated}. */
    static void recreate(SchemaModel from, SchemaModel to, ObjectId recreated, Set<ObjectId> removed,
                         List<SchemaChange> out) {
        Set<ObjectId> handled = new HashSet<>(removed);
        for (ObjectId dependent : from.dependencies().allDependentsOf(recreated)) {
            if (handled.contains(dependent) || dependent.table() == null || handled.contains(ObjectId.table(dependent.name()))) {
                continue;
            }
            Optional<Table> before = from.table(dependent.name());
            Optional<Table> after = to.table(dependent.name());
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            if (dependent.kind() == ObjectKind.INDEX) {
                Optional<Index> old = index(before.get(), dependent.member());
                if (old.isPresent()) {
                    out.add(new DropIndex(before.get().name(), old.get(), false));
                    index(after.get(), dependent.member()).ifPresent(i -> out.add(new CreateIndex(after.get().name(), i, false)));
                }
            } else if (dependent.kind() == ObjectKind.CONSTRAINT) {
                Optional<CheckConstraint> old = check(before.get(), dependent.member());
                if (old.isPresent()) {
                    out.add(new DropCheckConstraint(before.get().name(), old.get()));
                    check(after.get(), dependent.member()).ifPresent(c -> out.add(new AddCheckConstraint(after.get().name(), c)));
                }
            } else if (dependent.kind() == ObjectKind.COLUMN && after.get().column(dependent.member()).isPresent()) {
                Column old = before.get().column(dependent.member()).orElseThrow();
                Column target = after.get().column(dependent.member()).get();
                if (old.generatedExpression() != null || target.generatedExpression() != null
                        || old.defaultExpression() == null || target.defaultExpression() == null) {
                    throw new RefusedChangeException(recreated + " must be dropped and created again, but the"
                            + " generation expression of " + dependent + " uses it, and PostgreSQL does not drop it"
                            + " while it does. Migrate in two steps: first make the column a plain one (or drop it),"
                            + " then change " + recreated + " and add the generated column back");
                }
                // the default goes before the object and comes back after it; a default change of the table
                // differ is replaced by the same two steps
                out.removeIf(c -> c instanceof AlterColumnDefault d && d.toTable().equals(after.get().name())
                        && d.to().name().equals(target.name()));
                out.add(new AlterColumnDefault(before.get().name(), old, before.get().name(), old.withDefault(null)));
                out.add(new AlterColumnDefault(after.get().name(), target.withDefault(null), after.get().name(), target));
            }
            handled.add(dependent);
        }
    }

    private static Optional<Index> index(Table table, String name) {
        return table.indexes().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static Optional<CheckConstraint> check(Table table, String name) {
        return table.checkConstraints().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
