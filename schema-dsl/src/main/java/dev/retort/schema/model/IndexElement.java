package dev.retort.schema.model;

import java.util.Objects;

/**
 * IndexElement is one key part of an index: a column or an expression, with its sort order, NULLS placement
 * operator class and collation.
 *
 * <p>Exactly one of {@code column} and {@code expression} is set. {@code nullsFirst} is always resolved
 * (PostgreSQL's default is NULLS LAST for ascending and NULLS FIRST for descending parts), so a declared
 * default and an inspected one compare equal. {@code operatorClass} is null for the type's default class,
 * {@code collation} null for the column's (or expression's) own.
 *
 * <pre>{@code
 * IndexElement byDate = IndexElement.column("created_at").desc();
 * IndexElement byLower = IndexElement.expression("lower(email)");
 * }</pre>
 */
public record IndexElement(String column, String expression, boolean descending, boolean nullsFirst,
                           String operatorClass, QualifiedName collation) {

    public IndexElement {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index element is either a column or an expression");
        }
    }

    /** A part with the column's (or expression's) own collation. */
    public IndexElement(String column, String expression, boolean descending, boolean nullsFirst, String operatorClass) {
        this(column, expression, descending, nullsFirst, operatorClass, null);
    }

    /** An ascending column part with default NULLS placement and operator class. */
    public static IndexElement column(String column) {
        return new IndexElement(column, null, false, false, null);
    }

    /** An ascending expression part with default NULLS placement and operator class. */
    public static IndexElement expression(String expression) {
        return new IndexElement(null, expression, false, false, null);
    }

    /** This part descending, with PostgreSQL's default for it: NULLS FIRST. */
    public IndexElement desc() {
        return new IndexElement(column, expression, true, true, operatorClass, collation);
    }

    public IndexElement nullsFirst(boolean first) {
        return new IndexElement(column, expression, descending, first, operatorClass, collation);
    }

    public IndexElement withOperatorClass(String opclass) {
        return new IndexElement(column, expression, descending, nullsFirst, opclass, collation);
    }

    /** This part with a COLLATE other than its column's (null for the column's own). */
    public IndexElement withCollation(QualifiedName newCollation) {
        return new IndexElement(column, expression, descending, nullsFirst, operatorClass, newCollation);
    }

    /** This part on another column (after a rename); an expression part is returned as it is. */
    public IndexElement withColumn(String newColumn) {
        return isExpression() ? this : new IndexElement(newColumn, null, descending, nullsFirst, operatorClass, collation);
    }

    public boolean isExpression() {
        return expression != null;
    }

    /** True when the NULLS placement is the default for this part's direction. */
    public boolean hasDefaultNullsOrder() {
        return nullsFirst == descending;
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof IndexElement other
                && Objects.equals(column, other.column)
                && Objects.equals(expression, other.expression)
                && descending == other.descending
                && nullsFirst == other.nullsFirst
                && Objects.equals(operatorClass, other.operatorClass)
                && Objects.equals(collation, other.collation);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(column);
        h = 31 * h + Objects.hashCode(expression);
        h = 31 * h + Boolean.hashCode(descending);
        h = 31 * h + Boolean.hashCode(nullsFirst);
        h = 31 * h + Objects.hashCode(operatorClass);
        h = 31 * h + Objects.hashCode(collation);
        return h;
    }
}
