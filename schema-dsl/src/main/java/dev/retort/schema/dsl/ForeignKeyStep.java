package dev.retort.schema.dsl;

/**
 * ForeignKeyStep follows {@link TableBuilder#foreignKey}: a foreign key must say what it references before
 * anything else can be set.
 *
 * <pre>{@code
 * t.foreignKey("order_id", "line_no").references(orderLines, "order_id", "line_no").onDelete(CASCADE);
 * }</pre>
 */
public interface ForeignKeyStep {

    /** References {@code columns} of {@code table}, pairwise with the local columns. */
    ReferenceStep references(TableRef table, String... columns);

    /** References these columns, which must all belong to one table. */
    ReferenceStep references(ColumnRef... columns);
}
