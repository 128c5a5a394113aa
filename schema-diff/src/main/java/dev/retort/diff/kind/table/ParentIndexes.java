package dev.retort.diff.kind.table;

import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ParentIndexes looks up a parent's index by name as {@link IndexCopies} needs it: its definition and the kind of key
 * it backs (a sub-partitioned partition's index is its copy of its own parent's, found up the hierarchy), whether it
 * is the same index on both sides of a diff, and the name PostgreSQL gives the copy it makes of it on a partition.
 */
final class ParentIndexes {

    private ParentIndexes() {
    }

    /**
     * The name PostgreSQL most likely gives the copy it makes on {@code partition} of the parent's index (as
     * ChooseIndexName does: {@code <partition>_pkey}, {@code <partition>_<columns>_key} for a unique constraint,
     * {@code <partition>_<columns>_idx}), or null where it cannot be told: an expression part (named after its
     * function or column), a name too long, a kind the table model does not hold. A wrong guess only costs a rename
     * statement that finds the name right and does nothing; a name taken already makes PostgreSQL add a number,
     * which the guess ignores.
     */
    static String madeName(SchemaModel model, Table parent, Table partition, String parentIndex) {
        ParentIndex index = resolve(model, parent, parentIndex, 0);
        if (index == null || index.definition().elements().stream().anyMatch(IndexElement::isExpression)) {
            return null;
        }
        String table = partition.name().name();
        List<String> parts = new ArrayList<>();
        index.definition().elements().forEach(e -> parts.add(e.column()));
        parts.addAll(index.definition().include());
        String name = "PRIMARY KEY".equals(index.constraint()) ? table + "_pkey"
                : table + "_" + String.join("_", parts) + ("UNIQUE".equals(index.constraint()) ? "_key" : "_idx");
        return Identifiers.byteLength(name) > Identifiers.MAX_BYTES ? null : name;
    }


    /** True when the parent's index {@code name} is the same index on both sides: its definition and its kind of key. */
    static boolean kept(SchemaModel fromModel, Table fromParent, SchemaModel toModel, Table toParent,
                                String name) {
        ParentIndex before = resolve(fromModel, fromParent, name, 0);
        ParentIndex after = resolve(toModel, toParent, name, 0);
        return before != null && after != null
                && before.definition().withComment(null).equals(after.definition().withComment(null))
                && Objects.equals(before.constraint(), after.constraint());
    }


    /** A parent's index: its definition (a key's as the index backing it) and the kind of key it backs, or null. */
    record ParentIndex(Index definition, String constraint) {
    }

    /**
     * The index named {@code name} of {@code parent}: one of its own, or (for a sub-partitioned partition) its copy of
     * its own parent's, found up the hierarchy; null where the model holds no such index.
     */
    static ParentIndex resolve(SchemaModel model, Table parent, String name, int depth) {
        for (Index index : parent.indexes()) {
            if (index.name().equals(name)) {
                return new ParentIndex(index, null);
            }
        }
        PrimaryKey key = parent.primaryKey();
        if (key != null && key.name().equals(name)) {
            return new ParentIndex(new Index(name, true, "btree", key.columns().stream().map(IndexElement::column)
                    .toList(), key.include(), null, false), "PRIMARY KEY");
        }
        for (UniqueConstraint unique : parent.uniqueConstraints()) {
            if (unique.name().equals(name)) {
                return new ParentIndex(new Index(name, true, "btree", unique.columns().stream()
                        .map(IndexElement::column).toList(), unique.include(), null, unique.nullsNotDistinct()), "UNIQUE");
            }
        }
        if (!parent.hierarchy().isPartition() || depth > 32) {
            return null;
        }
        Table grandparent = model.table(parent.hierarchy().partitionOf().parent()).orElse(null);
        for (IndexCopy copy : parent.hierarchy().indexCopies()) {
            if (name.equals(copy.name()) && grandparent != null) {
                ParentIndex up = resolve(model, grandparent, copy.parentIndex(), depth + 1);
                return up == null ? null : new ParentIndex(up.definition().withName(name), up.constraint());
            }
        }
        return null;
    }

    static Index definition(SchemaModel model, Table parent, String name) {
        ParentIndex index = resolve(model, parent, name, 0);
        return index == null ? null : index.definition();
    }

    static String constraint(SchemaModel model, Table parent, String name) {
        ParentIndex index = resolve(model, parent, name, 0);
        return index == null ? null : index.constraint();
    }

}
