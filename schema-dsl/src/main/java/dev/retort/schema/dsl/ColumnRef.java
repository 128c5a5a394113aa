package dev.retort.schema.dsl;

/**
 * ColumnRef is a handle on a column of a table handle: what foreign keys, keys and indexes point at.
 * {@link TableRef#column(String)} makes one; a {@link ColumnBuilder} is one too.
 *
 * <pre>{@code
 * t.column("user_id", uuid()).notNull().references(users.column("id"));
 * }</pre>
 */
public interface ColumnRef {

    /** The table the column belongs to. */
    TableRef table();

    /** The column's name. */
    String name();
}
