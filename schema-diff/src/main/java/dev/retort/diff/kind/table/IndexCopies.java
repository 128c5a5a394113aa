package dev.retort.diff.kind.table;

import dev.retort.diff.change.AttachIndexCopy;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.PartitionIndexCopy;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.change.RenameIndexCopy;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.Dependency;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * IndexCopies compares a partition's parts of its parent's indexes ({@link IndexCopy}): what the partition's index
 * attached to each is called, and whether one is attached at all.
 *
 * <ul>
 *   <li>A copy attached under another name is renamed ({@link RenameIndexCopy}); so is one PostgreSQL makes anew (the
 *       parent's index created or rebuilt, the partition created) where the target's name is not the one PostgreSQL
 *       gives it.</li>
 *   <li>Where nothing is attached (the parent's index was built {@code ON ONLY}) and the target has a copy, the
 *       partition's own index of the same definition is attached, or one is built ({@link AttachIndexCopy}); that
 *       own index is then no longer the partition's own, so the table differ does not drop it.</li>
 *   <li>The reverse, leaving a partition without a copy of an index its parent keeps, is refused: PostgreSQL cannot
 *       detach an index.</li>
 * </ul>
 * A target without copies (a declaration before it is normalized) says nothing of them, and nothing is planned.
 */
final class IndexCopies {

    private IndexCopies() {
    }

    /**
     * The attaches for a partition kept under the same parent, and {@code from} without the own indexes they attach:
     * {@code [from]} as the table differ compares it. The attaches go to {@code out}.
     */
    static Table attach(SchemaModel fromModel, Table from, SchemaModel toModel, Table to, Renames renames,
                        List<SchemaChange> out) {
        if (!keptPartition(from, to, renames)) {
            return from;
        }
        Table parent = toModel.table(to.hierarchy().partitionOf().parent()).orElse(null);
        Table fromParent = fromModel.table(from.hierarchy().partitionOf().parent()).orElse(null);
        if (parent == null || fromParent == null) {
            return from;
        }
        Set<String> ownNames = new HashSet<>();
        to.indexes().forEach(i -> ownNames.add(i.name()));
        List<Index> remaining = new ArrayList<>(from.indexes());
        for (IndexCopy target : to.hierarchy().indexCopies()) {
            IndexCopy before = from.hierarchy().indexCopy(target.parentIndex());
            if (before == null || before.attached() || !target.attached()) {
                continue;
            }
            Index definition = ParentIndexes.definition(toModel, parent, target.parentIndex());
            // a parent index created or rebuilt comes with copies PostgreSQL makes: only a kept one needs an attach
            if (definition == null || !ParentIndexes.kept(fromModel, fromParent, toModel, parent, target.parentIndex())) {
                continue;
            }
            Index own = remaining.stream().filter(i -> !ownNames.contains(i.name()))
                    .filter(i -> sameDefinition(i, definition)).findFirst().orElse(null);
            PartitionIndexCopy copy = new PartitionIndexCopy(to.name(), parent.name(), target.parentIndex(), target.name());
            String constraint = ParentIndexes.constraint(toModel, parent, target.parentIndex());
            if (own != null) {
                remaining.remove(own);
                out.add(new AttachIndexCopy(copy, own.name(), null, constraint));
            } else {
                out.add(new AttachIndexCopy(copy, null, definition.withName(target.name()), constraint));
            }
        }
        return remaining.size() == from.indexes().size() ? from : from.withIndexes(remaining);
    }

    /** The renames of copies of a partition kept under its parent, or of a created one; refusals where none can be. */
    static void renames(SchemaModel fromModel, Table from, SchemaModel toModel, Table to, Renames renames,
                        CopyKeys keys, List<SchemaChange> out) {
        if (!keptPartition(from, to, renames)) {
            joinsOrLeaves(fromModel, from, toModel, to, renames, out);
            return;
        }
        QualifiedName fromParentName = from.hierarchy().partitionOf().parent();
        Table fromParent = fromModel.table(fromParentName).orElse(null);
        Table toParent = toModel.table(to.hierarchy().partitionOf().parent()).orElse(null);
        if (fromParent == null || toParent == null) {
            return;
        }
        refuseKeyOnCopy(fromModel, from, fromParent, toModel, to, toParent, keys);
        for (IndexCopy target : to.hierarchy().indexCopies()) {
            IndexCopy before = from.hierarchy().indexCopy(target.parentIndex());
            if (before == null && target.attached() && keys.handles(to, target.name())) {
                continue;
            }
            PartitionIndexCopy after = new PartitionIndexCopy(to.name(), toParent.name(), target.parentIndex(),
                    target.name());
            if (before == null) {
                // the parent's index is new here: PostgreSQL makes the copy
                renameMade(toModel, toParent, to, target, after, out);
            } else if (before.attached() && !target.attached()) {
                throw new RefusedChangeException("partition " + to.name() + ": its index " + before.name()
                        + " is attached to " + target.parentIndex() + " of " + toParent.name() + ", which the target"
                        + " has with nothing attached for this partition; PostgreSQL cannot detach an index. Declare"
                        + " the copy attached, or drop " + target.parentIndex() + " and build it again ON ONLY");
            } else if (!ParentIndexes.kept(fromModel, fromParent, toModel, toParent, target.parentIndex())) {
                // a rebuilt parent index comes with copies PostgreSQL names, in the upgrade and in the downgrade
                if (before.attached() && !(made(toModel, toParent, to, target) && made(fromModel, fromParent, from, before))) {
                    out.add(new RenameIndexCopy(new PartitionIndexCopy(from.name(), fromParentName,
                            before.parentIndex(), before.name()), after));
                } else if (!before.attached()) {
                    renameMade(toModel, toParent, to, target, after, out);
                }
            } else if (before.attached()) {
                if (!before.name().equals(target.name())) {
                    out.add(new RenameIndexCopy(new PartitionIndexCopy(from.name(), fromParentName,
                            before.parentIndex(), before.name()), after));
                }
            }
        }
    }

    /**
     * A table that joins a parent (ATTACH) gets copies PostgreSQL names, or adopts its own index of the same definition
     * under that index's name: each copy is renamed to the target's name after the attach. One that leaves its parent
     * has its copies renamed by the detach itself (see {@link CopyNames}); the rename here does nothing then, but its
     * inverse gives the copies their names back after the downgrade's attach.
     */
    private static void joinsOrLeaves(SchemaModel fromModel, Table from, SchemaModel toModel, Table to,
                                      Renames renames, List<SchemaChange> out) {
        boolean same = from.hierarchy().isPartition() && to.hierarchy().isPartition()
                && renames.table(from.hierarchy().partitionOf().parent()).equals(to.hierarchy().partitionOf().parent());
        if (same) {
            return;
        }
        if (to.hierarchy().isPartition()) {
            Table parent = toModel.table(to.hierarchy().partitionOf().parent()).orElse(null);
            Table plain = fromModel.table(from.name()).orElse(from);
            for (IndexCopy c : to.hierarchy().indexCopies()) {
                if (parent == null || !c.attached() || attachedAs(toModel, parent, c, plain, to)) {
                    continue;
                }
                PartitionIndexCopy after = new PartitionIndexCopy(to.name(), parent.name(), c.parentIndex(), c.name());
                String adopted = Hierarchies.adoptedName(parent, c.parentIndex(), plain);
                Index standalone = adopted == null ? null
                        : to.indexes().stream().filter(i -> i.name().equals(adopted)).findFirst().orElse(null);
                out.add(new RenameIndexCopy(after.withName(standalone != null ? adopted : null), after));
                if (standalone != null) {
                    // the attach takes the table's own index of the same definition, which the target keeps besides
                    // the copy: it is built again once the copy has its own name
                    out.add(new CreateIndex(to.name(), standalone));
                }
            }
        }
        if (from.hierarchy().isPartition()) {
            Table parent = fromModel.table(from.hierarchy().partitionOf().parent()).orElse(null);
            Table plain = toModel.table(to.name()).orElse(to);
            for (IndexCopy c : from.hierarchy().indexCopies()) {
                if (parent != null && c.attached() && !attachedAs(fromModel, parent, c, plain, from)) {
                    PartitionIndexCopy before = new PartitionIndexCopy(from.name(), parent.name(), c.parentIndex(),
                            c.name());
                    out.add(new RenameIndexCopy(before, before.withName(null)));
                }
            }
        }
    }

    /** True when the copy has its name once {@code plain} is attached as {@code partition}: its own adopted, or made. */
    private static boolean attachedAs(SchemaModel model, Table parent, IndexCopy copy, Table plain, Table partition) {
        String adopted = Hierarchies.adoptedName(parent, copy.parentIndex(), plain);
        return adopted != null ? adopted.equals(copy.name()) : made(model, parent, partition, copy);
    }

    /**
     * True when PostgreSQL gives the copy its name when it makes it: the name predicted, or where none can be (an
     * expression part, an exclusion constraint) one of the form it gives.
     */
    private static boolean made(SchemaModel model, Table parent, Table partition, IndexCopy copy) {
        String predicted = ParentIndexes.madeName(model, parent, partition, copy.parentIndex());
        return predicted != null ? predicted.equals(copy.name()) : copy.namedAsPostgresMakes(partition.name().name());
    }

    /**
     * The renames that give a created partition's copies the target's names, where PostgreSQL gives others; a copy
     * that is one of the partition's own keys becomes that key ({@link RenameIndexCopy#keyMade}).
     */
    static void created(SchemaModel toModel, Table created, List<SchemaChange> out) {
        if (!created.hierarchy().isPartition() || created.hierarchy().indexCopies().isEmpty()) {
            return;
        }
        Table parent = toModel.table(created.hierarchy().partitionOf().parent()).orElse(null);
        if (parent == null) {
            return;
        }
        for (IndexCopy copy : created.hierarchy().indexCopies()) {
            PartitionIndexCopy after = new PartitionIndexCopy(created.name(), parent.name(), copy.parentIndex(),
                    copy.name());
            String key = copy.attached() ? ownKind(created, copy.name()) : null;
            if (key != null) {
                out.add(new RenameIndexCopy(after.withName(null), after, key));
            } else {
                renameMade(toModel, parent, created, copy, after, out);
            }
        }
    }

    /**
     * {@code created} without its own keys that are copies of its parent's indexes, as its CREATE TABLE is written:
     * PostgreSQL makes the copies when it creates the partition, and {@link #created} turns them into the keys (the
     * change still holds the keys, so that a drop of the table is known to take them).
     */
    static Table withoutKeysOnCopies(Table created) {
        if (!created.hierarchy().isPartition()) {
            return created;
        }
        Set<String> copies = new HashSet<>();
        created.hierarchy().indexCopies().stream().filter(IndexCopy::attached).forEach(c -> copies.add(c.name()));
        Table out = created;
        if (created.primaryKey() != null && copies.contains(created.primaryKey().name())) {
            out = out.withPrimaryKey(null);
        }
        if (created.uniqueConstraints().stream().anyMatch(u -> copies.contains(u.name()))) {
            out = out.withUniqueConstraints(created.uniqueConstraints().stream()
                    .filter(u -> !copies.contains(u.name())).toList());
        }
        return out;
    }

    /** {@code PRIMARY KEY} or {@code UNIQUE} where the table's own key of that kind is named {@code name}, else null. */
    static String ownKind(Table table, String name) {
        if (table.primaryKey() != null && table.primaryKey().name().equals(name)) {
            return "PRIMARY KEY";
        }
        return table.uniqueConstraints().stream().anyMatch(u -> u.name().equals(name)) ? "UNIQUE" : null;
    }

    private static void renameMade(SchemaModel model, Table parent, Table partition, IndexCopy target,
                                   PartitionIndexCopy after, List<SchemaChange> out) {
        if (target.attached() && !made(model, parent, partition, target)) {
            out.add(new RenameIndexCopy(after.withName(null), after));
        }
    }

    /**
     * True when both sides are partitions of the same parent (under renames) and the target holds its copies (the
     * old side may have none because its parent had no index).
     */
    private static boolean keptPartition(Table from, Table to, Renames renames) {
        return from.hierarchy().isPartition() && to.hierarchy().isPartition()
                && renames.table(from.hierarchy().partitionOf().parent()).equals(to.hierarchy().partitionOf().parent())
                && !to.hierarchy().indexCopies().isEmpty();
    }

    /**
     * Refuses a plan that drops or changes a partition's own key backed by its copy of a parent's index, or that
     * parent's index while such a key stays: PostgreSQL drops neither while the other holds on to it.
     */
    private static void refuseKeyOnCopy(SchemaModel fromModel, Table from, Table fromParent, SchemaModel toModel,
                                        Table to, Table toParent, CopyKeys keys) {
        for (IndexCopy copy : from.hierarchy().indexCopies()) {
            String key = copy.attached() ? ownKey(from, copy.name()) : null;
            if (key == null || keys.handles(from, key)) {
                continue;
            }
            Index before = ParentIndexes.definition(fromModel, fromParent, copy.parentIndex());
            Index after = ParentIndexes.definition(toModel, toParent, copy.parentIndex());
            String constraintBefore = ParentIndexes.constraint(fromModel, fromParent, copy.parentIndex());
            String constraintAfter = ParentIndexes.constraint(toModel, toParent, copy.parentIndex());
            boolean parentKept = before != null && after != null && before.withComment(null).equals(after.withComment(null))
                    && Objects.equals(constraintBefore, constraintAfter);
            boolean keyKept = Objects.equals(ownKeyDefinition(from, key), ownKeyDefinition(to, key));
            if (!parentKept || !keyKept) {
                throw new RefusedChangeException("partition " + from.name() + ": its key " + key + " is backed by its"
                        + " index attached to " + copy.parentIndex() + " of " + fromParent.name() + ", and PostgreSQL"
                        + " drops neither while the other holds on to it. Drop both in one step first (DROP INDEX "
                        + fromParent.name().schema() + "." + copy.parentIndex() + " CASCADE, or ALTER TABLE "
                        + fromParent.name() + " DROP CONSTRAINT " + copy.parentIndex() + " CASCADE), then plan again");
            }
        }
    }

    /** The name of the table's own primary key or unique constraint named {@code name}, or null. */
    private static String ownKey(Table table, String name) {
        return ownKind(table, name) != null ? name : null;
    }

    private static Object ownKeyDefinition(Table table, String name) {
        if (table.primaryKey() != null && table.primaryKey().name().equals(name)) {
            return table.primaryKey().withComment(null);
        }
        return table.uniqueConstraints().stream().filter(u -> u.name().equals(name)).findFirst()
                .map(u -> u.withComment(null)).orElse(null);
    }

    /**
     * The edges the catalog's dependency rows do not give the model (an attached index is not modelled): a partition's
     * own key backed by its copy of a parent's index depends on the parent's index, so that a plan that drops both
     * (the partition with its key, and the parent's index) drops the partition first, as PostgreSQL requires.
     */
    static List<Dependency> keyDependencies(SchemaModel model) {
        List<Dependency> edges = new ArrayList<>();
        for (Table table : model.tables()) {
            if (!table.hierarchy().isPartition() || table.hierarchy().indexCopies().isEmpty()) {
                continue;
            }
            Table parent = model.table(table.hierarchy().partitionOf().parent()).orElse(null);
            for (IndexCopy copy : table.hierarchy().indexCopies()) {
                if (parent != null && copy.attached() && ownKind(table, copy.name()) != null) {
                    ParentIndexes.ParentIndex index = ParentIndexes.resolve(model, parent, copy.parentIndex(), 0);
                    ObjectId parentId = index != null && index.constraint() != null
                            ? ObjectId.constraint(parent.name(), copy.parentIndex())
                            : ObjectId.index(parent.name(), copy.parentIndex());
                    edges.add(new Dependency(ObjectId.constraint(table.name(), copy.name()), parentId));
                }
            }
        }
        return edges;
    }

    private static boolean sameDefinition(Index own, Index parent) {
        return own.withName(parent.name()).withComment(null).equals(parent.withComment(null));
    }
}
