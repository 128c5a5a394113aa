package dev.retort.schema.model;

/**
 * ObjectKind is the kind of a schema object in an {@link ObjectId}. Columns, constraints, indexes, triggers and
 * policies are members of their table; routines are named with their argument types; privileges are named by the
 * object they are granted on; the other kinds live in a schema. {@link #UNMANAGED} stands for an object Retort does
 * not manage (an operator, a rule ...) that depends on a managed one; its name is PostgreSQL's description.
 *
 * <pre>{@code
 * ObjectKind.COLUMN.isTableMember();   // true
 * ObjectKind.FUNCTION.hasMember();     // true: its argument types
 * }</pre>
 */
public enum ObjectKind {
    SCHEMA,
    EXTENSION,
    TYPE,
    DOMAIN,
    COMPOSITE_TYPE,
    RANGE_TYPE,
    SEQUENCE,
    FUNCTION,
    PROCEDURE,
    TABLE,
    COLUMN,
    CONSTRAINT,
    INDEX,
    VIEW,
    MATERIALIZED_VIEW,
    TRIGGER,
    POLICY,
    PRIVILEGES,
    UNMANAGED,
    /** Whether a table enables and forces row-level security: one per table, member {@code row_security}. */
    ROW_SECURITY,
    /** An aggregate function: a routine, named with its argument types. */
    AGGREGATE,
    /** The comment on a schema: one per schema, named by the schema (both parts of its name). */
    SCHEMA_COMMENT;

    /** True for the kinds that belong to a table (named by the table and their own name). */
    public boolean isTableMember() {
        return this == COLUMN || this == CONSTRAINT || this == INDEX || this == TRIGGER || this == POLICY
                || this == ROW_SECURITY;
    }

    /** True for the kinds whose {@link ObjectId} has a member: table members, routines, privileges. */
    public boolean hasMember() {
        return isTableMember() || isRoutine() || this == PRIVILEGES;
    }

    /** True for functions and procedures, whose identity includes their argument types. */
    public boolean isRoutine() {
        return this == FUNCTION || this == PROCEDURE || this == AGGREGATE;
    }

    /**
     * True for the kinds of user types that columns name as they name an enum ({@link ObjectId#type}): domains,
     * composite types and range types.
     */
    public boolean isUserType() {
        return this == DOMAIN || this == COMPOSITE_TYPE || this == RANGE_TYPE;
    }

    /** Lower-case words for messages: {@code materialized view}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
