package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * DetachPartition turns a partition into a table of its own ({@code ALTER TABLE parent DETACH PARTITION t}); it keeps
 * its rows, its columns and the copies of the parent's indexes, keys and foreign keys. {@code concurrently} is the
 * lock-safe form (SHARE UPDATE EXCLUSIVE on the parent, outside a transaction block); its inverse attaches again.
 *
 * <pre>{@code
 * new DetachPartition(QualifiedName.of("public", "m_2025"), new PartitionOf(measurement, "FOR VALUES IN (2025)"), true);
 * }</pre>
 */
public record DetachPartition(QualifiedName table, PartitionOf partitionOf, boolean concurrently)
        implements SchemaChange {

    public DetachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partitionOf, "partitionOf");
    }

    @Override
    public SchemaChange inverse() {
        return new AttachPartition(table, partitionOf, concurrently);
    }

    /** This change in its CONCURRENTLY form or plain. */
    public DetachPartition withConcurrently(boolean online) {
        return new DetachPartition(table, partitionOf, online);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "detach partition " + table + " from " + partitionOf.parent();
    }

    @Override
    public Footprint footprint() {
        // the parent may go only once the partition is out of it
        return Footprint.alter(ObjectId.table(table)).releasing(ObjectId.table(partitionOf.parent()));
    }
}
