package dev.retort.schema.dsl;

import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * IndexPart is one key part of an index: a column or an SQL expression, with its order, NULLS placement and
 * operator class. Immutable; import the factories statically.
 *
 * <pre>{@code
 * import static dev.retort.schema.dsl.IndexPart.*;
 *
 * t.index(col("user_id"), col("created_at").desc().nullsLast());
 * t.index(expr("lower(email)").opclass("text_pattern_ops"));
 * }</pre>
 */
public final class IndexPart {

    private final String column;
    private final String expression;
    private final boolean descending;
    private final Boolean nullsFirst;
    private final String operatorClass;
    private final QualifiedName collation;

    private IndexPart(String column, String expression, boolean descending, Boolean nullsFirst, String operatorClass) {
        this(column, expression, descending, nullsFirst, operatorClass, null);
    }

    private IndexPart(String column, String expression, boolean descending, Boolean nullsFirst, String operatorClass,
                      QualifiedName collation) {
        this.collation = collation;
        this.column = column;
        this.expression = expression;
        this.descending = descending;
        this.nullsFirst = nullsFirst;
        this.operatorClass = operatorClass;
    }

    /** An ascending part on column {@code name}. */
    public static IndexPart col(String name) {
        return new IndexPart(Objects.requireNonNull(name, "name"), null, false, null, null);
    }

    /** An ascending part on a column handle. */
    public static IndexPart col(ColumnRef column) {
        return col(column.name());
    }

    /** An ascending part on an SQL expression, such as {@code lower(email)}. */
    public static IndexPart expr(String sql) {
        return new IndexPart(null, Objects.requireNonNull(sql, "sql"), false, null, null);
    }

    public IndexPart asc() {
        return new IndexPart(column, expression, false, nullsFirst, operatorClass, collation);
    }

    /** Descending; NULLS FIRST unless said otherwise (PostgreSQL's default for DESC). */
    public IndexPart desc() {
        return new IndexPart(column, expression, true, nullsFirst, operatorClass, collation);
    }

    public IndexPart nullsFirst() {
        return new IndexPart(column, expression, descending, Boolean.TRUE, operatorClass, collation);
    }

    public IndexPart nullsLast() {
        return new IndexPart(column, expression, descending, Boolean.FALSE, operatorClass, collation);
    }

    /** A non-default operator class, such as {@code text_pattern_ops} or {@code jsonb_path_ops}. */
    public IndexPart opclass(String name) {
        return new IndexPart(column, expression, descending, nullsFirst, name, collation);
    }

    /** COLLATE a collation of pg_catalog for this part, e.g. {@code col("name").collate("C")}. */
    public IndexPart collate(String name) {
        return collate("pg_catalog", name);
    }

    /** COLLATE a collation of another schema. */
    public IndexPart collate(String schema, String name) {
        return new IndexPart(column, expression, descending, nullsFirst, operatorClass,
                QualifiedName.of(Objects.requireNonNull(schema, "schema"), Objects.requireNonNull(name, "name")));
    }

    /** The column name, or null for an expression part. */
    String column() {
        return column;
    }

    /** The model element, with the NULLS placement resolved to PostgreSQL's default when not given. */
    IndexElement toModel() {
        boolean first = nullsFirst != null ? nullsFirst : descending;
        return new IndexElement(column, expression, descending, first, operatorClass, collation);
    }
}
