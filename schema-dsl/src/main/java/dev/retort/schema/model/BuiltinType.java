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
}
