package dev.retort.diff.plan;

/**
 * Hazard is a risk of running one planned statement on a database that holds data. The lock hazards name the
 * table lock PostgreSQL takes for the statement (see the "Explicit Locking" chapter and ALTER TABLE's notes); a
 * statement carries the lock it really takes, not the strongest one of its family.
 *
 * <pre>{@code
 * statement.hazards().contains(Hazard.DELETES_DATA);
 * }</pre>
 */
public enum Hazard {
    /** Rows or values are lost: a dropped table or column, a narrowing type change, a dropped sequence position. */
    DELETES_DATA("deletes data: rows or values are lost and the downgrade cannot bring them back"),
    /** PostgreSQL rewrites the whole table (and its indexes) while holding its lock. */
    TABLE_REWRITE("rewrites the table: time and disk grow with its size, under an exclusive lock"),
    /** Every row is read under the statement's lock: validating a key or check, SET NOT NULL, a type check. */
    FULL_TABLE_SCAN("reads every row while holding its lock: time grows with the table's size"),
    /** The statement takes an ACCESS EXCLUSIVE lock: readers and writers of the table wait. */
    ACCESS_EXCLUSIVE_LOCK("locks the table against reads and writes while it runs"),
    /** A SHARE ROW EXCLUSIVE lock (ADD FOREIGN KEY, on both tables): writers wait, readers continue. */
    SHARE_ROW_EXCLUSIVE_LOCK("locks the table against writes while it runs; reads continue"),
    /** A SHARE lock (CREATE INDEX): writers wait, readers continue. */
    SHARE_LOCK("locks the table against writes while it runs; reads continue"),
    /** A SHARE UPDATE EXCLUSIVE lock (COMMENT, concurrent index builds): only other schema changes and VACUUM wait. */
    SHARE_UPDATE_EXCLUSIVE_LOCK("blocks other schema changes and VACUUM of the table; reads and writes continue"),
    /** An index is built; its time grows with the table. */
    INDEX_BUILD("builds an index: time grows with the table's size"),
    /** An index goes away: queries that used it may become slow. */
    INDEX_DROPPED("drops an index: queries that used it may become slow"),
    /** The statement must run outside a transaction block or commit before its result is used. */
    NOT_TRANSACTIONAL("cannot share a transaction with statements that use its result"),
    /** Objects Retort does not manage (a view, a trigger, a function ...) depend on what the statement changes. */
    HAS_UNTRACKABLE_DEPENDENCIES("objects Retort does not manage depend on what it changes: it may fail or drop them"),
    /** Privileges change: who may read or write something is different afterwards. */
    AUTHZ_UPDATE("changes privileges: who may read or write is different afterwards"),
    /** Its inverse cannot restore everything, e.g. removing enum labels that rows may hold. */
    IRREVERSIBLE("cannot be fully undone: its inverse fails or loses what it removed"),
    /**
     * Every row is copied into a new table in committed batches while the old one stays in use: time and disk grow
     * with its size, and only rows inserted meanwhile (not updated or deleted ones) are carried over.
     */
    COPIES_ROWS("copies every row into a new table: time and disk grow with its size; stop updates and deletes of"
            + " the table while it runs");

    private final String explanation;

    Hazard(String explanation) {
        this.explanation = explanation;
    }

    /** One line for users, e.g. in a refusal message: {@code "deletes data: rows or values are lost ..."}. */
    public String explanation() {
        return explanation;
    }
}
