package dev.retort.schema.model;

/**
 * TableConstraint is any named constraint of a table: its primary key, unique, check and foreign key constraints.
 * Their names are unique within the table, and each may carry a comment ({@code COMMENT ON CONSTRAINT}).
 *
 * <pre>{@code
 * for (TableConstraint c : List.of(table.primaryKey(), check)) { System.out.println(c.name() + ": " + c.comment()); }
 * }</pre>
 */
public sealed interface TableConstraint permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey {

    /** The constraint's name, unique within its table. */
    String name();

    /** The constraint's comment, or null. */
    String comment();

    /** This constraint with another comment (null removes it). */
    TableConstraint withComment(String comment);
}
