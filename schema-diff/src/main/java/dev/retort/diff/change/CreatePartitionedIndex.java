package dev.retort.diff.change;

import dev.retort.schema.model.Index;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.List;
import java.util.Objects;

/**
 * CreatePartitionedIndex is the lock-safe form of {@link CreateIndex} on a partitioned table that has partitions:
 * {@code CREATE INDEX ... ON ONLY parent} (catalog only, the index invalid), then for each partition
 * {@code CREATE INDEX CONCURRENTLY} (writes go on; outside a transaction) and
 * {@code ALTER INDEX parent_index ATTACH PARTITION partition_index}; once every partition's index is attached the
 * parent's is valid. PostgreSQL cannot build an index on a partitioned table concurrently in one statement. Its
 * inverse drops the parent's index, which takes the attached ones with it.
 *
 * <pre>{@code
 * new CreatePartitionedIndex(measurement, index, List.of(new IndexPartition(y2026, "measurement_y2026_city_idx",
 *         index.name(), false)));
 * }</pre>
 *
 * @param partitions    the partitions' parts, each after the one whose index it attaches to
 * @param partitionKeys the partitions' own keys the plan makes of the copies (see {@link CreateIndex#partitionKeys})
 */
public record CreatePartitionedIndex(QualifiedName table, Index index, List<IndexPartition> partitions,
                                     List<ObjectId> partitionKeys) implements SchemaChange {

    public CreatePartitionedIndex(QualifiedName table, Index index, List<IndexPartition> partitions) {
        this(table, index, partitions, List.of());
    }

    public CreatePartitionedIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        partitions = List.copyOf(partitions);
        partitionKeys = List.copyOf(partitionKeys);
    }

    @Override
    public SchemaChange inverse() {
        return new DropPartitionedIndex(table, index, partitions, partitionKeys);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + table + " and its partitions";
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.index(table, index.name())).requiring(Uses.columns(table, Uses.indexColumns(index)))
                .requiring(partitions.stream().map(p -> ObjectId.table(p.table())).toList());
    }
}
