package dev.retort.diff.kind.table;

import dev.retort.diff.change.AddCheckConstraint;
import dev.retort.diff.change.AddColumn;
import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.AddPrimaryKey;
import dev.retort.diff.change.AddUniqueConstraint;
import dev.retort.diff.change.AlterColumnComment;
import dev.retort.diff.change.AlterColumnDefault;
import dev.retort.diff.change.AlterColumnGenerated;
import dev.retort.diff.change.AlterColumnIdentity;
import dev.retort.diff.change.AlterColumnNullability;
import dev.retort.diff.change.AlterColumnStorage;
import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.change.AlterConstraintComment;
import dev.retort.diff.change.AlterConstraintValidation;
import dev.retort.diff.change.AlterIndexComment;
import dev.retort.diff.change.AlterTableComment;
import dev.retort.diff.change.AlterTableOptions;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.DropCheckConstraint;
import dev.retort.diff.change.DropColumn;
import dev.retort.diff.change.DropForeignKey;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.DropPrimaryKey;
import dev.retort.diff.change.DropUniqueConstraint;
import dev.retort.diff.change.RenameColumn;
import dev.retort.diff.change.RenameConstraint;
import dev.retort.diff.change.RenameIdentitySequence;
import dev.retort.diff.change.RenameIndex;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableConstraint;
import dev.retort.schema.model.TableOptions;
import dev.retort.schema.model.UniqueConstraint;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * TableDiffer compares one table of the old model with its counterpart in the new one: columns, keys,
 * constraints, indexes, foreign keys and comment. Constraints and indexes are identified by name; any difference
 * in one is a drop and an add. Drops name the table as it is before renames, additions and alterations as it is
 * after.
 */
final class TableDiffer {

    private final Table from;
    private final Table to;
    private final ColumnMatch columns;
    private final Renames renames;
    private final Set<String> recreated;
    private final Dependencies fromDependencies;
    private final Dependencies toDependencies;
    private final Set<ObjectId> replacedBefore = new HashSet<>();
    private final Set<ObjectId> replacedAfter = new HashSet<>();
    private final Set<ObjectId> recreatedTypes = new HashSet<>();
    private final ConstraintRenames names;

    /**
     * @param recreatedEnums enum types whose recreate (in one direction or the other) replaces the type: checks and
     *                       indexes that use it (a literal of it in an expression or predicate, as the catalog
     *                       records) are dropped before the recreate and created again after it
     * @param fromDependencies dependencies of the old model, {@code toDependencies} of the new one
     */
    TableDiffer(Table from, Table to, ColumnMatch columns, Renames renames, Set<QualifiedName> recreatedEnums,
                Dependencies fromDependencies, Dependencies toDependencies) {
        this.from = from;
        this.to = to;
        this.columns = columns;
        this.renames = renames;
        this.recreated = columns.recreatedOldNames();
        this.fromDependencies = fromDependencies;
        this.toDependencies = toDependencies;
        recreatedEnums.forEach(e -> {
            recreatedTypes.add(ObjectId.type(e));
            replacedBefore.add(ObjectId.type(e));
            replacedAfter.add(ObjectId.type(e));
        });
        recreated.forEach(c -> {
            replacedBefore.add(ObjectId.column(from.name(), c));
            replacedAfter.add(ObjectId.column(to.name(), renames.column(from.name(), c)));
        });
        boolean declared = !from.name().equals(to.name()) || columns.pairs.stream().anyMatch(ColumnMatch.Pair::renamed);
        this.names = new ConstraintRenames(from, to, renames, declared);
    }

    /** Names of columns sets of keys (PK, unique constraints, unique indexes) this diff drops, for dependent FKs. */
    Set<List<String>> droppedKeyColumns() {
        Set<List<String>> keys = new HashSet<>();
        if (from.primaryKey() != null && !samePrimaryKey()) {
            keys.add(sortedCopy(from.primaryKey().columns()));
        }
        for (UniqueConstraint unique : from.uniqueConstraints()) {
            if (!sameUnique(unique)) {
                keys.add(sortedCopy(unique.columns()));
            }
        }
        for (Index index : from.indexes()) {
            if (index.unique() && !sameIndex(index)) {
                keys.add(sortedCopy(index.elements().stream().filter(e -> !e.isExpression()).map(IndexElement::column).toList()));
            }
        }
        return keys;
    }

    void diff(List<SchemaChange> out, Map<QualifiedName, Set<List<String>>> droppedKeys) {
        QualifiedName oldName = from.name();
        QualifiedName newName = to.name();
        columnChanges(out, oldName, newName);
        names.constraints.forEach((f, t) -> out.add(new RenameConstraint(oldName, f, newName, t)));
        names.indexes.forEach((f, t) -> out.add(new RenameIndex(oldName, f, newName, t)));
        if (!samePrimaryKey()) {
            if (from.primaryKey() != null) {
                out.add(new DropPrimaryKey(oldName, from.primaryKey()));
            }
            if (to.primaryKey() != null) {
                out.add(new AddPrimaryKey(newName, to.primaryKey()));
            }
        }
        constraints(out, from.uniqueConstraints(), to.uniqueConstraints(), UniqueConstraint::name, this::sameUnique,
                u -> new DropUniqueConstraint(oldName, u), u -> new AddUniqueConstraint(newName, u));
        constraints(out, from.checkConstraints(), to.checkConstraints(), CheckConstraint::name, this::sameCheck,
                c -> new DropCheckConstraint(oldName, c), c -> new AddCheckConstraint(newName, c));
        constraints(out, from.indexes(), to.indexes(), Index::name, this::sameIndex,
                i -> new DropIndex(oldName, i), i -> new CreateIndex(newName, i));
        constraints(out, from.foreignKeys(), to.foreignKeys(), ForeignKey::name, fk -> sameForeignKey(fk, droppedKeys),
                fk -> new DropForeignKey(oldName, fk), fk -> new AddForeignKey(newName, fk));
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(new AlterTableComment(oldName, from.comment(), newName, to.comment()));
        }
        // the index a replica identity uses keeps it through a rename: the old options are taken under the new name
        TableOptions before = renamedIdentityIndex(from.options());
        if (!before.equals(to.options())) {
            out.add(new AlterTableOptions(oldName, before, newName, to.options()));
        }
        constraintDetails(out, oldName, newName, droppedKeys);
    }

    private TableOptions renamedIdentityIndex(TableOptions options) {
        String index = options.replicaIdentityIndex();
        if (index == null) {
            return options;
        }
        String renamed = names.index(index);
        return options.withReplicaIdentityIndex(renamed.equals(index) ? names.constraint(index) : renamed);
    }

    /**
     * Comment and validity of the constraints that are kept: a changed comment is COMMENT ON CONSTRAINT, a
     * validation is VALIDATE CONSTRAINT (never a drop and add, which would check the rows under a stronger lock).
     */
    private void constraintDetails(List<SchemaChange> out, QualifiedName oldName, QualifiedName newName,
                                   Map<QualifiedName, Set<List<String>>> droppedKeys) {
        List<TableConstraint[]> kept = new java.util.ArrayList<>();
        if (from.primaryKey() != null && samePrimaryKey()) {
            kept.add(new TableConstraint[] {from.primaryKey(), to.primaryKey()});
        }
        keptPairs(kept, from.uniqueConstraints(), to.uniqueConstraints(), UniqueConstraint::name, this::sameUnique);
        keptPairs(kept, from.checkConstraints(), to.checkConstraints(), CheckConstraint::name, this::sameCheck);
        keptPairs(kept, from.foreignKeys(), to.foreignKeys(), ForeignKey::name, fk -> sameForeignKey(fk, droppedKeys));
        for (Index index : from.indexes()) {
            Index target = named(to.indexes(), Index::name, names.index(index.name()));
            if (target != null && sameIndex(index) && !Objects.equals(index.comment(), target.comment())) {
                out.add(new AlterIndexComment(oldName, index.name(), index.comment(), newName, target.name(), target.comment()));
            }
        }
        for (TableConstraint[] pair : kept) {
            TableConstraint f = pair[0];
            TableConstraint t = pair[1];
            if ((f instanceof ForeignKey || f instanceof CheckConstraint)
                    && AlterConstraintValidation.notValid(f) != AlterConstraintValidation.notValid(t)) {
                out.add(new AlterConstraintValidation(oldName, f, newName, t));
            }
            if (!Objects.equals(f.comment(), t.comment())) {
                out.add(new AlterConstraintComment(oldName, f.name(), f.comment(), newName, t.name(), t.comment()));
            }
        }
    }

    private <T extends TableConstraint> void keptPairs(List<TableConstraint[]> kept, List<T> old, List<T> target,
                                                       Function<T, String> name, Predicate<T> unchanged) {
        for (T item : old) {
            if (unchanged.test(item)) {
                kept.add(new TableConstraint[] {item, named(target, name, names.constraint(name.apply(item)))});
            }
        }
    }

    private void columnChanges(List<SchemaChange> out, QualifiedName oldName, QualifiedName newName) {
        columns.dropped.forEach(c -> out.add(new DropColumn(oldName, c)));
        columns.added.forEach(c -> out.add(new AddColumn(newName, c)));
        Set<String> rebuilt = columns.rebuiltOldNames();
        for (ColumnMatch.Pair pair : columns.pairs) {
            Column f = pair.from();
            Column t = pair.to();
            if (rebuilt.contains(f.name())) {
                // drop-phase and add-phase changes: the generated column is gone while the columns it reads change
                out.add(new DropColumn(oldName, f));
                out.add(new AddColumn(newName, t));
                continue;
            }
            if (pair.renamed()) {
                out.add(new RenameColumn(oldName, f.name(), newName, t.name()));
            }
            if (f.identity() != t.identity() || !Objects.equals(f.identityOptions(), t.identityOptions())) {
                out.add(new AlterColumnIdentity(oldName, f, newName, t));
            }
            // PostgreSQL keeps a sequence's name through renames; a partition's identity draws from its parent's
            String fromSequence = f.identitySequenceOn(oldName.name());
            String toSequence = t.identitySequenceOn(newName.name());
            if (fromSequence != null && toSequence != null && !to.hierarchy().isPartition() && !fromSequence.equals(toSequence)) {
                out.add(new RenameIdentitySequence(oldName, fromSequence, newName, toSequence));
            }
            // a new or changed expression recreates the column (its indexes and constraints are recreated too, see
            // "recreated"); the other alterations are still listed so that the inverse, DROP EXPRESSION, restores
            // the old column entirely
            if (!Objects.equals(f.generatedExpression(), t.generatedExpression())) {
                out.add(new AlterColumnGenerated(oldName, f, newName, t));
            }
            // a collation is changed with ALTER COLUMN ... TYPE, as PostgreSQL has it
            if (!f.type().equals(t.type()) || !Objects.equals(f.collation(), t.collation())) {
                // the type change also moves the default: PostgreSQL cannot always cast the old one
                out.add(TypeChanges.alter(oldName, f, newName, t, to.column(t.name()).map(Column::conversion).orElse(null)));
            } else if (!Objects.equals(f.defaultExpression(), t.defaultExpression())) {
                out.add(new AlterColumnDefault(oldName, f, newName, t));
            }
            if (!Objects.equals(f.storage(), t.storage()) || !Objects.equals(f.compression(), t.compression())) {
                out.add(new AlterColumnStorage(oldName, f, newName, t));
            }
            if (f.nullable() != t.nullable()) {
                out.add(new AlterColumnNullability(oldName, f, newName, t));
            }
            if (!Objects.equals(f.comment(), t.comment())) {
                out.add(new AlterColumnComment(oldName, f, newName, t));
            }
        }
    }

    /** The name an old constraint or index has in the new table (see {@link ConstraintRenames}). */
    private String renamedName(String oldName) {
        return names.index(names.constraint(oldName));
    }

    private <T> void constraints(List<SchemaChange> out, List<T> old, List<T> target, Function<T, String> name,
                                 Predicate<T> unchanged, Function<T, SchemaChange> drop,
                                 Function<T, SchemaChange> add) {
        for (T item : old) {
            if (!unchanged.test(item)) {
                out.add(drop.apply(item));
            }
        }
        Set<String> kept = old.stream().filter(unchanged).map(name).map(this::renamedName).collect(Collectors.toSet());
        for (T item : target) {
            if (!kept.contains(name.apply(item))) {
                out.add(add.apply(item));
            }
        }
    }

    private boolean samePrimaryKey() {
        PrimaryKey f = from.primaryKey();
        PrimaryKey t = to.primaryKey();
        if (f == null || t == null) {
            return f == t;
        }
        return names.constraint(f.name()).equals(t.name()) && mapped(f.columns()).equals(t.columns()) && mapped(f.include()).equals(t.include())
                && f.deferrable() == t.deferrable() && f.initiallyDeferred() == t.initiallyDeferred()
                && untouched(f.columns()) && untouched(f.include());
    }

    private boolean sameUnique(UniqueConstraint f) {
        UniqueConstraint t = named(to.uniqueConstraints(), UniqueConstraint::name, names.constraint(f.name()));
        return t != null && mapped(f.columns()).equals(t.columns()) && f.nullsNotDistinct() == t.nullsNotDistinct()
                && mapped(f.include()).equals(t.include()) && f.deferrable() == t.deferrable()
                && f.initiallyDeferred() == t.initiallyDeferred() && untouched(f.columns()) && untouched(f.include());
    }

    private boolean sameCheck(CheckConstraint f) {
        CheckConstraint t = named(to.checkConstraints(), CheckConstraint::name, names.constraint(f.name()));
        // validity and comment are changed in place (see constraintDetails)
        return t != null && f.expression().equals(t.expression()) && f.noInherit() == t.noInherit()
                && unaffected(ObjectId.constraint(from.name(), f.name()), ObjectId.constraint(to.name(), t.name()));
    }

    private boolean sameIndex(Index f) {
        Index t = named(to.indexes(), Index::name, names.index(f.name()));
        if (t == null || f.unique() != t.unique() || !f.method().equals(t.method())
                || f.nullsNotDistinct() != t.nullsNotDistinct() || !Objects.equals(f.predicate(), t.predicate())
                || !f.storageParameters().equals(t.storageParameters())
                || !mapped(f.include()).equals(t.include()) || !untouched(f.include())
                || !mappedElements(f.elements()).equals(t.elements())) {
            return false;
        }
        for (IndexElement e : f.elements()) {
            if (!e.isExpression() && recreated.contains(e.column())) {
                return false;
            }
        }
        return unaffected(ObjectId.index(from.name(), f.name()), ObjectId.index(to.name(), t.name()));
    }

    private boolean sameForeignKey(ForeignKey f, Map<QualifiedName, Set<List<String>>> droppedKeys) {
        ForeignKey t = named(to.foreignKeys(), ForeignKey::name, names.constraint(f.name()));
        if (t == null || !untouched(f.columns()) || convertsAny(fromDependencies, from.name(), f.columns())
                || convertsAny(fromDependencies, f.referencedTable(), f.referencedColumns())
                || convertsAny(toDependencies, to.name(), t.columns())
                || convertsAny(toDependencies, t.referencedTable(), t.referencedColumns())
                || droppedKeys.getOrDefault(f.referencedTable(), Set.of()).contains(sortedCopy(f.referencedColumns()))) {
            return false;
        }
        // validity and comment are changed in place (see constraintDetails)
        ForeignKey mapped = f.withReference(mapped(f.columns()), renames.table(f.referencedTable()),
                renames.columns(f.referencedTable(), f.referencedColumns()));
        return mapped.withName(t.name()).withNotValid(t.notValid()).withComment(t.comment()).equals(t);
    }

    /**
     * True when a recreated enum is the type of one of the columns: the recreate converts them one at a time, which
     * PostgreSQL refuses while a foreign key joins a converted column to one of the old type, so the key is dropped
     * before and added after.
     */
    private boolean convertsAny(Dependencies dependencies, QualifiedName table, List<String> columns) {
        return columns.stream().anyMatch(c -> !Collections.disjoint(dependencies.referencedBy(ObjectId.column(table, c)),
                recreatedTypes));
    }

    /** The item named {@code wanted}, or null; lists per table are short, a loop beats building a map. */
    private static <T> T named(List<T> items, Function<T, String> name, String wanted) {
        for (T item : items) {
            if (name.apply(item).equals(wanted)) {
                return item;
            }
        }
        return null;
    }

    private List<String> mapped(List<String> oldColumns) {
        return renames.columns(from.name(), oldColumns);
    }

    private List<IndexElement> mappedElements(List<IndexElement> elements) {
        return elements.stream().map(e -> e.isExpression() ? e : e.withColumn(renames.column(from.name(), e.column())))
                .toList();
    }

    /** True when none of the columns is recreated (a recreated column takes its constraints with it). */
    private boolean untouched(List<String> oldColumns) {
        return oldColumns.stream().noneMatch(recreated::contains);
    }

    /**
     * True when neither form of a check or index uses a replaced object (a recreated enum type or column), as the
     * dependencies of its model say; such a dependent is dropped before the replacement and created after it.
     */
    private boolean unaffected(ObjectId before, ObjectId after) {
        return Collections.disjoint(fromDependencies.referencedBy(before), replacedBefore)
                && Collections.disjoint(toDependencies.referencedBy(after), replacedAfter);
    }

    private static List<String> sortedCopy(List<String> columns) {
        return columns.stream().sorted().toList();
    }
}
