package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.QualifiedName;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * AttachPartition makes an existing table a partition of a partitioned table
 * ({@code ALTER TABLE parent ATTACH PARTITION t FOR VALUES ...}). PostgreSQL adopts the table's indexes, keys and
 * foreign keys that match the parent's and creates the others; its rows are checked against the bound. Its inverse
 * detaches, {@code CONCURRENTLY} when {@code detachBoundCheck} is set (see {@link DetachPartition#boundCheck()}).
 * {@code adopts} are the parent's indexes and constraints that adopt one of the table's own (same definition);
 * {@code copyNames} and {@code foreignKeyNames} are for the inverse (see {@link DetachPartition#copyNames()}).
 *
 * <pre>{@code
 * new AttachPartition(QualifiedName.of("public", "m_2026"), new PartitionOf(measurement, "FOR VALUES IN (2026)"), null);
 * }</pre>
 */
public record AttachPartition(QualifiedName table, PartitionOf partitionOf, String detachBoundCheck,
                              Set<ObjectId> adopts, Map<String, String> copyNames, Map<String, String> foreignKeyNames)
        implements SchemaChange {

    public AttachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partitionOf, "partitionOf");
        adopts = java.util.Collections.unmodifiableSet(new TreeSet<>(adopts == null ? Set.of() : adopts));
        copyNames = java.util.Collections.unmodifiableMap(new TreeMap<>(copyNames == null ? Map.of() : copyNames));
        foreignKeyNames = java.util.Collections.unmodifiableMap(new TreeMap<>(foreignKeyNames == null ? Map.of()
                : foreignKeyNames));
    }

    /** An attach whose inverse keeps the names PostgreSQL gives the copies of the parent's foreign keys. */
    public AttachPartition(QualifiedName table, PartitionOf partitionOf, String detachBoundCheck, Set<ObjectId> adopts,
                           Map<String, String> copyNames) {
        this(table, partitionOf, detachBoundCheck, adopts, copyNames, Map.of());
    }

    /** An attach that adopts none of the parent's indexes and keys. */
    public AttachPartition(QualifiedName table, PartitionOf partitionOf, String detachBoundCheck) {
        this(table, partitionOf, detachBoundCheck, Set.of(), Map.of(), Map.of());
    }

    /** An attach whose inverse keeps the names PostgreSQL gives the copies (see {@link DetachPartition#copyNames()}). */
    public AttachPartition(QualifiedName table, PartitionOf partitionOf, String detachBoundCheck, Set<ObjectId> adopts) {
        this(table, partitionOf, detachBoundCheck, adopts, Map.of(), Map.of());
    }

    /** This attach with its inverse detaching CONCURRENTLY ({@code boundCheck} set) or plainly (null). */
    public AttachPartition withDetachBoundCheck(String boundCheck) {
        return new AttachPartition(table, partitionOf, boundCheck, adopts, copyNames, foreignKeyNames);
    }

    @Override
    public SchemaChange inverse() {
        return new DetachPartition(table, partitionOf, detachBoundCheck, adopts, copyNames, foreignKeyNames);
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
        // the parent's indexes and keys that take the table's own as their partitions exist first; so in a downgrade
        // they go only after the detach, which leaves the table its own again
        return Footprint.alter(ObjectId.table(table)).requiring(ObjectId.table(partitionOf.parent())).requiring(adopts);
    }
}
