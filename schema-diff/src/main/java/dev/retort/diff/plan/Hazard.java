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
    DELETES_DATA("deletes data: rows or values are lost and the downgrade cannot bring them back"),
    /** PostgreSQL rewrites the whole table (and its indexes) while holding its lock. */
    TABLE_REWRITE("rewrites the table: time and disk grow with its size, under an exclusive lock"),
    /** The statement takes an ACCESS EXCLUSIVE lock: readers and writers of the table wait. */
    ACCESS_EXCLUSIVE_LOCK("locks the table against reads and writes while it runs"),
    /** An index is built; writes to the table wait for the build. */
    INDEX_BUILD("builds an index: writes to the table wait until it is done"),
    /** The statement must run outside a transaction block or commit before its result is used. */
    NOT_TRANSACTIONAL("cannot share a transaction with statements that use its result"),
    /** Objects Retort does not manage (a view, trigger, policy ...) depend on what the statement drops or retypes. */
    HAS_UNTRACKABLE_DEPENDENCIES("objects Retort does not manage depend on it: the statement fails or drops them along"),
    /** Its inverse cannot restore everything, e.g. removing enum labels that rows may hold. */
    IRREVERSIBLE("cannot be fully undone: its inverse fails or loses what it removed");

    private final String explanation;

    Hazard(String explanation) {
        this.explanation = explanation;
    }

    /** One line for users, e.g. in a refusal message: {@code "deletes data: rows or values are lost ..."}. */
    public String explanation() {
        return explanation;
    }
}
