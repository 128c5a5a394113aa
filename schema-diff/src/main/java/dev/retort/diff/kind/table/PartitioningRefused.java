package dev.retort.diff.kind.table;

import dev.retort.diff.change.RefusedChangeException;

/**
 * PartitioningRefused is thrown when a diff would turn a plain table into a partitioned one, a partitioned table into
 * a plain one, or change a partition key: PostgreSQL can do none of these in place, and dropping the table would lose
 * its rows. The message names the table and the pattern that keeps the data.
 */
public final class PartitioningRefused extends RefusedChangeException {

    public PartitioningRefused(String message) {
        super(message);
    }
}
