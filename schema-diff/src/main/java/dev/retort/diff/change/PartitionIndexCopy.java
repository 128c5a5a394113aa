package dev.retort.diff.change;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * PartitionIndexCopy is where one partition's part of a partitioned index stands: the partition, its parent table,
 * the parent's index (by name; a key's index has the key's name) and the name of the partition's index attached to
 * it, or null where none is (then the parent's index is invalid).
 *
 * <pre>{@code
 * new PartitionIndexCopy(QualifiedName.of("public", "m_2026"), QualifiedName.of("public", "m"), "m_city_idx",
 *         "m_2026_city_idx");
 * }</pre>
 */
public record PartitionIndexCopy(QualifiedName partition, QualifiedName parent, String parentIndex, String name) {

    public PartitionIndexCopy {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(parentIndex, "parentIndex");
    }

    /** The same copy under another name (null: none). */
    public PartitionIndexCopy withName(String newName) {
        return new PartitionIndexCopy(partition, parent, parentIndex, newName);
    }
}
