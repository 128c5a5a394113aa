package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * AttachPartition makes an existing table a partition of a partitioned table
 * ({@code ALTER TABLE parent ATTACH PARTITION t FOR VALUES ...}). PostgreSQL adopts the table's indexes, keys and
 * foreign keys that match the parent's and creates the others; its rows are checked against the bound. Its inverse
 * detaches, {@code CONCURRENTLY} when {@code detachConcurrently} (the lock-safe form of the pair).
 *
 * <pre>{@code
 * new AttachPartition(QualifiedName.of("public", "m_2026"), new PartitionOf(measurement, "FOR VALUES IN (2026)"), false);
 * }</pre>
 */
public record AttachPartition(QualifiedName table, PartitionOf partitionOf, boolean detachConcurrently)
        implements SchemaChange {

    public AttachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partitionOf, "partitionOf");
    }

    @Override
    public SchemaChange inverse() {
        return new DetachPartition(table, partitionOf, detachConcurrently);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "attach partition " + table + " to " + partitionOf.parent();
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.table(table)).requiring(ObjectId.table(partitionOf.parent()));
    }
}
