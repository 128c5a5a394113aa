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

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof EnumType other
                && Objects.equals(name, other.name)
                && Objects.equals(values, other.values)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(values);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
