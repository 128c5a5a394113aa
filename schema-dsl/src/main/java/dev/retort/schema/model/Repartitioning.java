package dev.retort.schema.model;

/**
 * Repartitioning is what a declaration allows when a table changes between plain and partitioned, or changes its
 * partition key, which PostgreSQL cannot do in place. A hint of the declaration only (like {@code renamedFrom}):
 * the inspector never reads one, and it is never part of a change.
 *
 * <pre>{@code
 * Table events = declared.withRepartitioning(Repartitioning.COPY_ROWS_DROP_BACKUP);
 * }</pre>
 */
public enum Repartitioning {
    /** The diff is refused, naming the table and how to allow the conversion (the default). */
    REFUSE,
    /**
     * The table is rebuilt under a temporary name, the rows are copied in batches and the names swapped; the old
     * table stays, renamed to a backup name, for a later migration (or a person) to drop.
     */
    COPY_ROWS_KEEP_BACKUP,
    /** As {@link #COPY_ROWS_KEEP_BACKUP}, and the backup is dropped at the end (a destructive statement). */
    COPY_ROWS_DROP_BACKUP;

    /** True when the conversion is planned rather than refused. */
    public boolean copiesRows() {
        return this != REFUSE;
    }
}
