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

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ArrayType other
                && Objects.equals(element, other.element);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(element);
        return h;
    }
}
