package dev.retort.diff.kind.table;

import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.PartitionIndexCopy;
import dev.retort.diff.change.RenameIndexCopy;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CopyKeys plans a kept partition's own key ({@code PRIMARY KEY} or {@code UNIQUE}) backed by its copy of a plain
 * index of its parent, where the plan creates or drops that index together with the key.
 *
 * <ul>
 *   <li>Created: PostgreSQL makes the copy when it creates the parent's index, and the key is made of that copy
 *       ({@link RenameIndexCopy#keyMade}, {@code ADD CONSTRAINT ... USING INDEX}); adding the key beside it would
 *       fail on the name, or leave a second index that is not attached.</li>
 *   <li>Dropped: PostgreSQL drops neither the key nor the parent's index while the other holds on to it, so the
 *       parent's index is dropped with {@code CASCADE}, which takes the key ({@link DropIndex#partitionKeys}); the
 *       downgrade of a creation is such a drop.</li>
 * </ul>
 * The table differ then compares the partition as if the key were there already (or gone already).
 *
 * <pre>{@code
 * CopyKeys keys = new CopyKeys();
 * Table compared = keys.align(fromModel, from, toModel, to, renames, out);
 * // ... the tables' changes ...
 * keys.carry(out);
 * }</pre>
 */
final class CopyKeys {

    // parent index (as its creation or drop names it) -> the keys made of or dropped with its copies
    private final Map<ObjectId, List<ObjectId>> byParentIndex = new HashMap<>();
    private final Set<ObjectId> keys = new HashSet<>();

    /**
     * {@code from} as the table differ compares it: with the keys made of new copies, without those dropped with
     * their parent's index. The key changes go to {@code out}.
     */
    Table align(SchemaModel fromModel, Table from, SchemaModel toModel, Table to, Renames renames,
                List<SchemaChange> out) {
        if (!from.hierarchy().isPartition() || !to.hierarchy().isPartition()
                || !renames.table(from.hierarchy().partitionOf().parent()).equals(to.hierarchy().partitionOf().parent())) {
            return from;
        }
        Table fromParent = fromModel.table(from.hierarchy().partitionOf().parent()).orElse(null);
        Table toParent = toModel.table(to.hierarchy().partitionOf().parent()).orElse(null);
        if (fromParent == null || toParent == null) {
            return from;
        }
        Table aligned = from;
        for (IndexCopy target : to.hierarchy().indexCopies()) {
            String kind = target.attached() ? kind(to, target.name()) : null;
            if (kind == null || from.hierarchy().indexCopy(target.parentIndex()) != null
                    || plainIndex(toParent, target.parentIndex()) == null
                    || ParentIndexes.resolve(fromModel, fromParent, target.parentIndex(), 0) != null
                    || !lacks(from, kind, target.name())) {
                continue;
            }
            PartitionIndexCopy copy = new PartitionIndexCopy(to.name(), toParent.name(), target.parentIndex(),
                    target.name());
            out.add(new RenameIndexCopy(copy.withName(null), copy, kind));
            note(ObjectId.index(toParent.name(), target.parentIndex()), ObjectId.constraint(to.name(), target.name()));
            aligned = withKey(aligned, to, kind, target.name());
        }
        for (IndexCopy before : from.hierarchy().indexCopies()) {
            String kind = before.attached() ? kind(from, before.name()) : null;
            if (kind == null || plainIndex(fromParent, before.parentIndex()) == null
                    || ParentIndexes.resolve(toModel, toParent, before.parentIndex(), 0) != null
                    || kind(to, before.name()) != null) {
                continue;
            }
            PartitionIndexCopy copy = new PartitionIndexCopy(from.name(), fromParent.name(), before.parentIndex(),
                    before.name());
            // does nothing (the drop's CASCADE takes the key); its inverse makes the key of the copy again
            out.add(new RenameIndexCopy(copy, copy.withName(null), kind));
            note(ObjectId.index(fromParent.name(), before.parentIndex()), ObjectId.constraint(from.name(), before.name()));
            aligned = withoutKey(aligned, kind, before.name());
        }
        return aligned;
    }

    /** True when the key {@code name} of {@code partition} is made of its copy or dropped with it here. */
    boolean handles(Table partition, String name) {
        return keys.contains(ObjectId.constraint(partition.name(), name));
    }

    /** Gives each creation or drop of a parent's index in {@code out} the keys made of or dropped with its copies. */
    void carry(List<SchemaChange> out) {
        if (byParentIndex.isEmpty()) {
            return;
        }
        out.replaceAll(change -> {
            if (change instanceof CreateIndex create) {
                List<ObjectId> made = byParentIndex.get(ObjectId.index(create.table(), create.index().name()));
                return made == null ? create : create.withPartitionKeys(made);
            }
            if (change instanceof DropIndex drop) {
                List<ObjectId> taken = byParentIndex.get(ObjectId.index(drop.table(), drop.index().name()));
                return taken == null ? drop : drop.withPartitionKeys(taken);
            }
            return change;
        });
    }

    private void note(ObjectId parentIndex, ObjectId key) {
        byParentIndex.computeIfAbsent(parentIndex, k -> new ArrayList<>()).add(key);
        keys.add(key);
    }

    /** The parent's own plain index {@code name} (not a key's), or null. */
    private static Index plainIndex(Table parent, String name) {
        return parent.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    private static String kind(Table table, String name) {
        return IndexCopies.ownKind(table, name);
    }

    /** True when {@code table} has no key that the made one would clash with or PostgreSQL would adopt instead. */
    private static boolean lacks(Table table, String kind, String name) {
        boolean named = table.indexes().stream().anyMatch(i -> i.name().equals(name))
                || table.uniqueConstraints().stream().anyMatch(u -> u.name().equals(name))
                || table.primaryKey() != null && table.primaryKey().name().equals(name);
        return !named && (!"PRIMARY KEY".equals(kind) || table.primaryKey() == null);
    }

    private static Table withKey(Table table, Table target, String kind, String name) {
        if ("PRIMARY KEY".equals(kind)) {
            return table.withPrimaryKey(target.primaryKey());
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        target.uniqueConstraints().stream().filter(u -> u.name().equals(name)).forEach(uniques::add);
        return table.withUniqueConstraints(uniques);
    }

    private static Table withoutKey(Table table, String kind, String name) {
        if ("PRIMARY KEY".equals(kind)) {
            return table.withPrimaryKey(null);
        }
        return table.withUniqueConstraints(table.uniqueConstraints().stream().filter(u -> !u.name().equals(name))
                .toList());
    }
}
