package dev.retort.schema.model;

import java.util.Objects;

/**
 * ArrayType is an array of another type. PostgreSQL does not enforce array dimensions, so there is one level.
 *
 * <pre>{@code
 * ArrayType labels = new ArrayType(new BuiltinType("text"));   // text[]
 * }</pre>
 */
public record ArrayType(DataType element) implements DataType {

    public ArrayType {
        Objects.requireNonNull(element, "element");
        if (element instanceof ArrayType) {
            throw new IllegalArgumentException("PostgreSQL arrays have one type level; use the element type once");
        }
    }

    @Override
    public String sql() {
        return element.sql() + "[]";
    }

    @Override
    public String toString() {
        return element + "[]";
    }
}
