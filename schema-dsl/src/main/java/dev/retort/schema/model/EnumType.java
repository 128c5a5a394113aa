package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * EnumType is a PostgreSQL enum type with its labels in sort order.
 *
 * <pre>{@code
 * EnumType mood = new EnumType(QualifiedName.of("public", "mood"), List.of("sad", "ok", "happy"), null);
 * }</pre>
 */
public record EnumType(QualifiedName name, List<String> values, String comment) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
