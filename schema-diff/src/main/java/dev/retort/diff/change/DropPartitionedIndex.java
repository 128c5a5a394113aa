package dev.retort.diff.change;

import dev.retort.schema.model.Index;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.List;
import java.util.Objects;

/**
 * DropPartitionedIndex drops the index of a partitioned table together with the partitions' indexes attached to it:
 * the inverse of {@link CreatePartitionedIndex}, and like it a lock-safe plan's step. PostgreSQL cannot drop a
 * partitioned index concurrently, so it is a plain {@code DROP INDEX}; its inverse builds the index the lock-safe way. With
 * {@code partitionKeys} (see {@link DropIndex#partitionKeys}) it drops with {@code CASCADE}.
 *
 * <pre>{@code
 * new DropPartitionedIndex(measurement, index, List.of());
 * }</pre>
 */
public record DropPartitionedIndex(QualifiedName table, Index index, List<IndexPartition> partitions,
                                   List<ObjectId> partitionKeys) implements SchemaChange {

    public DropPartitionedIndex(QualifiedName table, Index index, List<IndexPartition> partitions) {
        this(table, index, partitions, List.of());
    }

    public DropPartitionedIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        partitions = List.copyOf(partitions);
        partitionKeys = List.copyOf(partitionKeys);
    }

    @Override
    public SchemaChange inverse() {
        return new CreatePartitionedIndex(table, index, partitions, partitionKeys);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop index " + index.name() + " on " + table + " and its partitions";
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.index(table, index.name())).releasing(Uses.columns(table, Uses.indexColumns(index)))
                .removing(partitionKeys);
    }
}
