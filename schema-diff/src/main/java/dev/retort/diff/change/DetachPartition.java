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
 * DetachPartition turns a partition into a table of its own ({@code ALTER TABLE parent DETACH PARTITION t}); it keeps
 * its rows, its columns and the copies of the parent's indexes, keys and foreign keys. The lock-safe form is
 * {@code DETACH ... CONCURRENTLY} (SHARE UPDATE EXCLUSIVE, outside a transaction block), which leaves a CHECK copy of
 * the bound on the table: {@code boundCheck} is the name PostgreSQL gives it, dropped right after so that the table
 * is as declared; null for the plain form. {@code leaves} are the parent's indexes and constraints whose copies on the
 * table are the table's own declared ones: they go only after the detach (the others' copies go with them before).
 * {@code copyNames} maps the parent's index of each key or index the table keeps (by the index's name) to the name
 * the declaration gives the table's copy: PostgreSQL named the copy itself when it created it, so it is renamed
 * before the detach. {@code foreignKeyNames} does the same for the parent's foreign keys (by the parent's constraint
 * name): PostgreSQL clones each onto the partition (under the parent's name when that is free on it, else one it
 * generates) and DETACH leaves the clone on the table; it is renamed to the declared name before the detach, or, where
 * the table does not declare it ({@code ""}), dropped after. Its inverse attaches again (PostgreSQL then adopts the
 * table's own, under their names).
 *
 * <pre>{@code
 * new DetachPartition(QualifiedName.of("public", "m_2025"), new PartitionOf(measurement, "FOR VALUES IN (2025)"),
 *         "m_2025_year_check");
 * }</pre>
 */
public record DetachPartition(QualifiedName table, PartitionOf partitionOf, String boundCheck, Set<ObjectId> leaves,
                              Map<String, String> copyNames, Map<String, String> foreignKeyNames)
        implements SchemaChange {

    public DetachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partitionOf, "partitionOf");
        leaves = java.util.Collections.unmodifiableSet(new TreeSet<>(leaves == null ? Set.of() : leaves));
        copyNames = java.util.Collections.unmodifiableMap(new TreeMap<>(copyNames == null ? Map.of() : copyNames));
        foreignKeyNames = java.util.Collections.unmodifiableMap(new TreeMap<>(foreignKeyNames == null ? Map.of()
                : foreignKeyNames));
    }

    /** A detach that keeps the names PostgreSQL gave the copies of the parent's foreign keys. */
    public DetachPartition(QualifiedName table, PartitionOf partitionOf, String boundCheck, Set<ObjectId> leaves,
                           Map<String, String> copyNames) {
        this(table, partitionOf, boundCheck, leaves, copyNames, Map.of());
    }

    /** A detach that keeps the names PostgreSQL gave the copies of the parent's indexes and keys. */
    public DetachPartition(QualifiedName table, PartitionOf partitionOf, String boundCheck, Set<ObjectId> leaves) {
        this(table, partitionOf, boundCheck, leaves, Map.of());
    }

    /** A detach whose table keeps none of the parent's indexes and keys as its own. */
    public DetachPartition(QualifiedName table, PartitionOf partitionOf, String boundCheck) {
        this(table, partitionOf, boundCheck, Set.of());
    }

    /** This detach in its CONCURRENTLY form ({@code newBoundCheck} set) or plain (null). */
    public DetachPartition withBoundCheck(String newBoundCheck) {
        return new DetachPartition(table, partitionOf, newBoundCheck, leaves, copyNames, foreignKeyNames);
    }

    @Override
    public SchemaChange inverse() {
        return new AttachPartition(table, partitionOf, boundCheck, leaves, copyNames, foreignKeyNames);
    }

    /** True for the lock-safe form, DETACH ... CONCURRENTLY. */
    public boolean concurrently() {
        return boundCheck != null;
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
        // the parent may go only once the partition is out of it, and so may the parent's indexes and keys whose
        // partitions the table keeps as its own
        return Footprint.alter(ObjectId.table(table)).releasing(ObjectId.table(partitionOf.parent())).releasing(leaves);
    }
}
