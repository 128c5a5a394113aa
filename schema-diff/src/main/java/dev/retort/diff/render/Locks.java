package dev.retort.diff.render;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.QualifiedName;

/**
 * Locks attaches the table lock a statement takes, as PostgreSQL documents it for each form (ALTER TABLE takes
 * ACCESS EXCLUSIVE unless its notes say otherwise; ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE on both tables;
 * CREATE INDEX takes SHARE; COMMENT takes SHARE UPDATE EXCLUSIVE), with how long it is held.
 *
 * <pre>{@code
 * Locks.accessExclusive(SqlStatement.of(sql), users, "briefly: only the catalog changes");
 * }</pre>
 */
public final class Locks {

    /** How long a lock is held when the statement only changes the catalog. */
    public static final String BRIEF = "briefly: only the catalog changes";

    private Locks() {
    }

    public static SqlStatement accessExclusive(SqlStatement statement, QualifiedName table, String duration) {
        return statement.with(Hazard.ACCESS_EXCLUSIVE_LOCK, "ACCESS EXCLUSIVE on " + table + ", " + duration);
    }

    public static SqlStatement shareRowExclusive(SqlStatement statement, QualifiedName table, QualifiedName referenced) {
        String tables = table.equals(referenced) ? table.toString() : table + " and " + referenced;
        return statement.with(Hazard.SHARE_ROW_EXCLUSIVE_LOCK, "SHARE ROW EXCLUSIVE on " + tables
                + " while existing rows are checked: writes wait, reads continue");
    }

    public static SqlStatement share(SqlStatement statement, QualifiedName table) {
        return statement.with(Hazard.SHARE_LOCK, "SHARE on " + table + " while the index is built: writes wait,"
                + " reads continue");
    }

    public static SqlStatement shareUpdateExclusive(SqlStatement statement, QualifiedName table) {
        return statement.with(Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK, "SHARE UPDATE EXCLUSIVE on " + table
                + ", briefly: other schema changes and VACUUM wait, reads and writes continue");
    }

    /** The lock of a CONCURRENTLY statement: held long, but reads and writes go on. */
    public static SqlStatement concurrently(SqlStatement statement, QualifiedName table, String duration) {
        return statement.with(Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK, "SHARE UPDATE EXCLUSIVE on " + table + " " + duration
                + ": reads and writes continue, other schema changes and VACUUM wait");
    }

    public static SqlStatement scan(SqlStatement statement, QualifiedName table, String why) {
        return statement.with(Hazard.FULL_TABLE_SCAN, "reads every row of " + table + " " + why);
    }
}
