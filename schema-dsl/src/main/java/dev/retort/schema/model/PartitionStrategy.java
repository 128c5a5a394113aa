package dev.retort.schema.model;

/**
 * PartitionStrategy is how a partitioned table splits its rows: {@code RANGE}, {@code LIST} or {@code HASH}, as
 * {@code PARTITION BY} spells it.
 */
public enum PartitionStrategy {
    RANGE, LIST, HASH
}
