package dev.retort.schema.model;

import java.util.Objects;

/**
 * BuiltinType is a type from {@code pg_catalog}, spelled as {@code format_type} prints it, e.g.
 * {@code timestamp(3) with time zone} or {@code character varying(255)}.
 *
 * <pre>{@code
 * BuiltinType email = new BuiltinType("character varying(255)");
 * }</pre>
 */
public record BuiltinType(String name) implements DataType {

    public BuiltinType {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String sql() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof BuiltinType other
                && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        return h;
    }
}
