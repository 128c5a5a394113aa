package dev.retort.diff.plan;

/**
 * Hazard is a risk of running one planned statement on a database that holds data.
 *
 * <pre>{@code
 * statement.hazards().contains(Hazard.DELETES_DATA);
 * }</pre>
 */
public enum Hazard {
    /** Rows or values are lost: a dropped table or column, a narrowing type change, a dropped sequence position. */
    DELETES_DATA,
    /** PostgreSQL rewrites the whole table (and its indexes) while holding its lock. */
    TABLE_REWRITE,
    /** The statement takes an ACCESS EXCLUSIVE lock: readers and writers of the table wait. */
    ACCESS_EXCLUSIVE_LOCK,
    /** An index is built; writes to the table wait for the build. */
    INDEX_BUILD,
    /** The statement must run outside a transaction block or commit before its result is used. */
    NOT_TRANSACTIONAL,
    /** Its inverse cannot restore everything, e.g. removing enum labels that rows may hold. */
    IRREVERSIBLE
}
