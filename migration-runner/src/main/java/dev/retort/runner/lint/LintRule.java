package dev.retort.runner.lint;

/**
 * LintRule is one rule of {@code retort lint}: its id, level, what the flagged statement locks or risks, and the
 * safe alternative. A finding is suppressed by a comment {@code -- retort:lint-ignore RL008} in the statement or
 * on the line above it ({@code -- retort:lint-ignore} alone suppresses every rule for that statement).
 *
 * <pre>{@code
 * LintRule.BLOCKING_INDEX_BUILD.id();   // "RL001"
 * }</pre>
 */
public enum LintRule {
    BLOCKING_INDEX_BUILD("RL001", "blocking-index-build", LintLevel.ERROR,
            "takes a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits",
            "CREATE INDEX CONCURRENTLY, in a migration of its own (it cannot run in a transaction)"),
    BLOCKING_INDEX_DROP("RL002", "blocking-index-drop", LintLevel.WARNING,
            "takes an ACCESS EXCLUSIVE lock on the index's table: reads and writes wait, and so does the drop",
            "DROP INDEX CONCURRENTLY, in a migration of its own"),
    VALIDATED_FOREIGN_KEY("RL003", "validated-foreign-key", LintLevel.ERROR,
            "scans the whole table under a SHARE ROW EXCLUSIVE lock on it and on the referenced table: writes to both wait",
            "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a later statement"),
    VALIDATED_CHECK("RL004", "validated-check", LintLevel.ERROR,
            "scans the whole table under an ACCESS EXCLUSIVE lock: reads and writes wait",
            "ADD CONSTRAINT ... CHECK (...) NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a later statement"),
    SET_NOT_NULL_SCAN("RL005", "set-not-null-scan", LintLevel.ERROR,
            "scans the whole table under an ACCESS EXCLUSIVE lock to prove there is no NULL",
            "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL"
                    + " (which skips the scan); then DROP CONSTRAINT c"),
    TYPE_CHANGE_REWRITE("RL006", "type-change-rewrite", LintLevel.WARNING,
            "may rewrite the table and its indexes under an ACCESS EXCLUSIVE lock (unless the new type is binary"
                    + " compatible, e.g. a longer varchar)",
            "add a new column, backfill it in batches, switch readers, then drop the old column"),
    VOLATILE_DEFAULT("RL007", "rewriting-add-column", LintLevel.ERROR,
            "rewrites the whole table under an ACCESS EXCLUSIVE lock (a volatile default, a stored generated"
                    + " column or an identity is computed for every existing row)",
            "add the column without that default, set the default for new rows, backfill in batches"),
    DROP_COLUMN("RL008", "drop-column", LintLevel.ERROR,
            "deletes the column's data for good, and application code that still reads it fails",
            "stop reading the column in a release first; mark the drop intended with -- retort:lint-ignore RL008"),
    DROP_TABLE("RL009", "drop-table", LintLevel.ERROR,
            "deletes the table's rows for good, and application code that still uses it fails",
            "stop using the table in a release first; mark the drop intended with -- retort:lint-ignore RL009"),
    RENAME("RL010", "rename", LintLevel.WARNING,
            "breaks application code that still uses the old name while the new release rolls out",
            "add the new name beside the old one (a view or a new column kept in step) and drop the old one later"),
    CONCURRENTLY_IN_TRANSACTION("RL011", "concurrently-in-transaction", LintLevel.ERROR,
            "cannot run inside a transaction block: the migration fails, or runs without the file's other"
                    + " statements being atomic",
            "put each CONCURRENTLY statement in a migration file of its own, with no other statements"),
    BLOCKING_UNIQUE_CONSTRAINT("RL012", "blocking-unique-constraint", LintLevel.ERROR,
            "builds a unique index under an ACCESS EXCLUSIVE lock: reads and writes wait for the build",
            "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX)"),
    TABLE_REWRITE_COMMAND("RL013", "table-rewrite-command", LintLevel.ERROR,
            "rewrites or rebuilds under an ACCESS EXCLUSIVE lock: reads and writes wait until it is done",
            "REINDEX ... CONCURRENTLY; for VACUUM FULL or CLUSTER an online tool such as pg_repack"),
    MISSING_DOWNGRADE("RL014", "missing-downgrade", LintLevel.ERROR,
            "cannot be reverted: retort downgrade refuses past it",
            "write the downgrade beside it as U<version>__<description>.sql (retort revision writes both)");

    private final String id;
    private final String ruleName;
    private final LintLevel level;
    private final String risk;
    private final String fix;

    LintRule(String id, String ruleName, LintLevel level, String risk, String fix) {
        this.id = id;
        this.ruleName = ruleName;
        this.level = level;
        this.risk = risk;
        this.fix = fix;
    }

    public String id() {
        return id;
    }

    /** The rule's short name, e.g. {@code blocking-index-build}. */
    public String ruleName() {
        return ruleName;
    }

    public LintLevel level() {
        return level;
    }

    /** What the flagged statement locks, scans or loses. */
    public String risk() {
        return risk;
    }

    /** The safe alternative. */
    public String fix() {
        return fix;
    }
}
