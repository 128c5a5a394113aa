package dev.retort.schema.model;

import java.util.Objects;

/**
 * UserDefinedType is a type referenced by its qualified name: an enum declared in the model, or a domain or
 * extension type that the model does not manage (the escape hatch for types like {@code citext}).
 *
 * <pre>{@code
 * UserDefinedType mood = new UserDefinedType(QualifiedName.of("public", "mood"));
 * }</pre>
 */
public record UserDefinedType(QualifiedName name) implements DataType {

    public UserDefinedType {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String sql() {
        return Identifiers.quote(name.schema()) + "." + Identifiers.quote(name.name());
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
