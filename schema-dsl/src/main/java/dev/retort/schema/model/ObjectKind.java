package dev.retort.schema.model;

/**
 * ObjectKind is the kind of a schema object in an {@link ObjectId}. Columns, constraints and indexes are
 * sub-objects of their table; the other kinds live in a schema. {@link #UNMANAGED} stands for an object Retort does
 * not manage (a view, a trigger, a function ...) that depends on a managed one; its name is PostgreSQL's description.
 *
 * <pre>{@code
 * ObjectKind.COLUMN.isTableMember();   // true
 * }</pre>
 */
public enum ObjectKind {
    SCHEMA,
    TYPE,
    SEQUENCE,
    TABLE,
    COLUMN,
    CONSTRAINT,
    INDEX,
    UNMANAGED;

    /** True for the kinds that belong to a table (named by the table and their own name). */
    public boolean isTableMember() {
        return this == COLUMN || this == CONSTRAINT || this == INDEX;
    }
}
