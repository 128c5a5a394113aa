package dev.retort.diff.plan;

import dev.retort.diff.change.AddCheckConstraint;
import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.AddPrimaryKey;
import dev.retort.diff.change.AddUniqueConstraint;
import dev.retort.diff.change.AlterColumnNullability;
import dev.retort.diff.change.AlterObject;
import dev.retort.diff.change.AlterConstraintValidation;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.CreatePartitionedIndex;
import dev.retort.diff.change.CreateTable;
import dev.retort.diff.change.RenameIndexCopy;
import dev.retort.diff.change.DropCheckConstraint;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.DropPrimaryKey;
import dev.retort.diff.change.DropUniqueConstraint;
import dev.retort.diff.change.DropTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.TableConstraint;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.naming.NameShortener;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * LockSafeForms chooses the forms of changes that keep a production database serving while a migration runs, on
 * tables that exist before and after it (tables the same changes create or drop hold no rows anyone uses, so they
 * keep the plain forms):
 * <ul>
 *   <li>an index is built or dropped {@code CONCURRENTLY} (writes go on; a migration of its own), a materialized
 *       view's too (REFRESH goes on);</li>
 *   <li>a foreign key or check is added {@code NOT VALID} (no scan, a brief lock), then validated in a transaction of
 *       its own ({@code VALIDATE CONSTRAINT}: SHARE UPDATE EXCLUSIVE, reads and writes go on);</li>
 *   <li>{@code SET NOT NULL} goes through a check: {@code CHECK (col IS NOT NULL) NOT VALID}, VALIDATE, SET NOT NULL
 *       (which then skips its scan), and the check dropped again; a validated check of the table that proves the
 *       column already does instead, and is dropped only after the SET NOT NULL ({@link NotNullProofs});</li>
 *   <li>a unique constraint or primary key gets its index built first ({@code CREATE UNIQUE INDEX CONCURRENTLY}, a
 *       migration of its own), then takes it over ({@code ADD CONSTRAINT uq UNIQUE USING INDEX uq}: a brief
 *       ACCESS EXCLUSIVE lock, nothing scanned). A dropped one is dropped as before, followed by a rerunnable
 *       {@code DROP INDEX CONCURRENTLY IF EXISTS} of its index (a no-op: the index went with the constraint), so
 *       that its inverse, in the downgrade, builds the index concurrently before the constraint takes it over.</li>
 * </ul>
 * The choice is made on typed changes taken in planned order, each replaced in place by its steps, so every step
 * keeps its own inverse and the downgrade (the steps' inverses, last first) is lock-safe too.
 *
 * <pre>{@code
 * List<SchemaChange> steps = LockSafeForms.apply(planner.order(changes));
 * }</pre>
 */
public final class LockSafeForms {

    private LockSafeForms() {
    }

    /** {@code ordered} (in execution order) with each change replaced by its lock-safe steps. */
    public static List<SchemaChange> apply(List<SchemaChange> ordered) {
        return apply(ordered, SchemaModel.empty(), SchemaModel.empty());
    }

    /**
     * As {@link #apply(List)}, for the diff from {@code from} to {@code to}: changes of partitioned tables take the
     * forms PostgreSQL has for them ({@link PartitionedForms}).
     */
    public static List<SchemaChange> apply(List<SchemaChange> ordered, SchemaModel from, SchemaModel to) {
        PartitionedForms partitioned = new PartitionedForms(from, to);
        Set<QualifiedName> transientTables = new HashSet<>();
        for (SchemaChange change : ordered) {
            if (change instanceof CreateTable create) {
                transientTables.add(create.table().name());
            } else if (change instanceof DropTable drop) {
                transientTables.add(drop.table().name());
            }
        }
        NotNullProofs proofs = new NotNullProofs(from);
        List<SchemaChange> out = new ArrayList<>(ordered.size());
        List<DropCheckConstraint> dropped = new ArrayList<>();
        java.util.Map<AlterColumnNullability, DropCheckConstraint> deferred = new java.util.HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            SchemaChange change = ordered.get(i);
            List<SchemaChange> later = ordered.subList(i + 1, ordered.size());
            if (change instanceof DropCheckConstraint drop) {
                AlterColumnNullability proved = proofs.provedBy(drop, later);
                if (proved != null && !transientTables.contains(drop.table())) {
                    deferred.put(proved, drop);
                    continue;
                }
                dropped.add(drop);
            }
            if (change instanceof AlterColumnNullability set && set.from().nullable() && !set.to().nullable()) {
                CheckConstraint proof = proofs.proof(set.fromTable(), set.from().name());
                if (proof != null && dropped.stream().noneMatch(d -> d.table().equals(set.fromTable())
                        && d.constraint().name().equals(proof.name()))) {
                    // a validated check proves it already: SET NOT NULL reads no row
                    out.add(set);
                    if (deferred.containsKey(set)) {
                        out.add(deferred.remove(set));
                    }
                    continue;
                }
            }
            List<SchemaChange> special = partitioned.steps(change, transientTables);
            out.addAll(special != null ? special : steps(change, transientTables, later));
        }
        out.addAll(deferred.values());
        return withoutBuiltNames(out);
    }

    /**
     * {@code steps} without the renames of copies PostgreSQL would name, where the lock-safe build of the parent's
     * index already creates them under the target's name.
     */
    private static List<SchemaChange> withoutBuiltNames(List<SchemaChange> steps) {
        Set<List<Object>> built = new HashSet<>();
        for (SchemaChange step : steps) {
            if (step instanceof CreatePartitionedIndex create) {
                create.partitions().forEach(p -> built.add(List.of(p.table(), p.attachTo(), p.index())));
            }
        }
        if (built.isEmpty()) {
            return steps;
        }
        // a key made of the copy stays: the build names the index, the key is still to be made of it
        return steps.stream().filter(s -> !(s instanceof RenameIndexCopy rename && rename.from().name() == null
                && rename.to().name() != null && rename.keyMade() == null
                && built.contains(List.of(rename.to().partition(), rename.to().parentIndex(), rename.to().name()))))
                .toList();
    }

    /**
     * The unique index a unique constraint or primary key takes over with USING INDEX: of its name, b-tree, over its
     * columns in default order, with its INCLUDE columns and NULLS NOT DISTINCT (which USING INDEX takes from it).
     */
    static Index backingIndex(TableConstraint constraint) {
        if (constraint instanceof PrimaryKey key) {
            return new Index(key.name(), true, "btree", key.columns().stream().map(IndexElement::column).toList(),
                    key.include(), null, false);
        }
        UniqueConstraint unique = (UniqueConstraint) constraint;
        return new Index(unique.name(), true, "btree", unique.columns().stream().map(IndexElement::column).toList(),
                unique.include(), null, unique.nullsNotDistinct());
    }

    /**
     * True when a key column is made NOT NULL after the key is added: USING INDEX would set NOT NULL itself, reading
     * every row under ACCESS EXCLUSIVE, so the plain form (which says it builds under that lock) stays.
     */
    private static boolean laterSetsNotNull(AddPrimaryKey add, List<SchemaChange> later) {
        return later.stream().anyMatch(c -> c instanceof AlterColumnNullability set && !set.to().nullable()
                && set.toTable().equals(add.table()) && add.key().columns().contains(set.to().name()));
    }

    private static List<SchemaChange> steps(SchemaChange change, Set<QualifiedName> transientTables,
                                            List<SchemaChange> later) {
        if (change instanceof CreateIndex create && !transientTables.contains(create.table())) {
            return List.of(create.withConcurrently(true));
        }
        if (change instanceof DropIndex drop && !transientTables.contains(drop.table())) {
            return List.of(drop.withConcurrently(true));
        }
        // an object changed in place exists before and after: what its kind builds over its rows (a materialized
        // view's index) is built concurrently, as a table's is
        if (change instanceof AlterObject alter && !alter.concurrently()
                && ManagedKinds.of(alter.to()).buildsInPlace(alter.from(), alter.to())) {
            return List.of(alter.withConcurrently(true));
        }
        if (change instanceof AddForeignKey add && !add.foreignKey().notValid()
                && !transientTables.contains(add.table())) {
            ForeignKey unchecked = add.foreignKey().withNotValid(true);
            return List.of(new AddForeignKey(add.table(), unchecked),
                    new AlterConstraintValidation(add.table(), unchecked, add.table(), add.foreignKey()));
        }
        if (change instanceof AddCheckConstraint add && !add.constraint().notValid()
                && !transientTables.contains(add.table())) {
            CheckConstraint unchecked = add.constraint().withNotValid(true);
            return List.of(new AddCheckConstraint(add.table(), unchecked),
                    new AlterConstraintValidation(add.table(), unchecked, add.table(), add.constraint()));
        }
        if (change instanceof AddUniqueConstraint add && !add.usingIndex() && !transientTables.contains(add.table())) {
            return List.of(new CreateIndex(add.table(), backingIndex(add.constraint()), true),
                    new AddUniqueConstraint(add.table(), add.constraint(), true));
        }
        if (change instanceof DropUniqueConstraint drop && !drop.usingIndex() && !transientTables.contains(drop.table())) {
            return List.of(new DropUniqueConstraint(drop.table(), drop.constraint(), true),
                    new DropIndex(drop.table(), backingIndex(drop.constraint()), true));
        }
        if (change instanceof AddPrimaryKey add && !add.usingIndex() && !transientTables.contains(add.table())
                && !laterSetsNotNull(add, later)) {
            return List.of(new CreateIndex(add.table(), backingIndex(add.key()), true),
                    new AddPrimaryKey(add.table(), add.key(), true));
        }
        if (change instanceof DropPrimaryKey drop && !drop.usingIndex() && !transientTables.contains(drop.table())) {
            return List.of(new DropPrimaryKey(drop.table(), drop.key(), true),
                    new DropIndex(drop.table(), backingIndex(drop.key()), true));
        }
        if (change instanceof AlterColumnNullability set && set.from().nullable() && !set.to().nullable()
                && !transientTables.contains(set.toTable())) {
            QualifiedName table = set.toTable();
            CheckConstraint proof = new CheckConstraint(
                    NameShortener.fit(table.name() + "_" + set.to().name() + "_not_null"),
                    Identifiers.quote(set.to().name()) + " IS NOT NULL");
            CheckConstraint unchecked = proof.withNotValid(true);
            return List.of(new AddCheckConstraint(table, unchecked),
                    new AlterConstraintValidation(table, unchecked, table, proof),
                    set,
                    new DropCheckConstraint(table, proof));
        }
        return List.of(change);
    }
}
