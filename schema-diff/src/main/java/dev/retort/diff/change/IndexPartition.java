package dev.retort.diff.change;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * IndexPartition is one partition's part of a partitioned index built in the lock-safe way: the partition, the name of
 * its index and the index it is attached to (the top index, or a sub-partitioned partition's own).
 *
 * @param partitioned true for a sub-partitioned partition: its index is created {@code ON ONLY} and its own
 *                    partitions attach to it
 */
public record IndexPartition(QualifiedName table, String index, String attachTo, boolean partitioned) {

    public IndexPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(attachTo, "attachTo");
    }
}
