package dev.retort.schema.model;

import java.util.Objects;

/**
 * UserDefinedType is a type referenced by its qualified name: an enum declared in the model, or a domain or
 * extension type that the model does not manage (the escape hatch for types like {@code citext}).
 *
 * <p>{@code modifiers} are the type modifiers of an extension type as {@code format_type} prints them, with their
 * parentheses ({@code (Polygon,4326)} for PostGIS' {@code geometry(Polygon,4326)}), or null for none.
 *
 * <pre>{@code
 * UserDefinedType mood = new UserDefinedType(QualifiedName.of("public", "mood"));
 * UserDefinedType area = new UserDefinedType(QualifiedName.of("public", "geometry"), "(Polygon,4326)");
 * }</pre>
 */
public record UserDefinedType(QualifiedName name, String modifiers) implements DataType {

    public UserDefinedType {
        Objects.requireNonNull(name, "name");
        modifiers = modifiers == null || modifiers.isEmpty() ? null : modifiers;
    }

    /** A type without modifiers. */
    public UserDefinedType(QualifiedName name) {
        this(name, null);
    }

    @Override
    public String sql() {
        return Identifiers.quote(name.schema()) + "." + Identifiers.quote(name.name()) + (modifiers == null ? "" : modifiers);
    }

    @Override
    public String toString() {
        return name.toString() + (modifiers == null ? "" : modifiers);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UserDefinedType other
                && Objects.equals(name, other.name)
                && Objects.equals(modifiers, other.modifiers);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(modifiers);
        return h;
    }
}
