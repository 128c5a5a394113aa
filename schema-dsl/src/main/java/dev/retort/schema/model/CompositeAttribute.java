package dev.retort.schema.model;

import java.util.Objects;

/**
 * CompositeAttribute is one attribute of a {@link CompositeType}: its name, type and collation.
 *
 * <pre>{@code
 * CompositeAttribute street = new CompositeAttribute("street", new BuiltinType("text"), null);
 * }</pre>
 *
 * @param name      the attribute's name
 * @param type      its type
 * @param collation its collation when it is not its type's, or null
 */
public record CompositeAttribute(String name, DataType type, QualifiedName collation) {

    public CompositeAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** An attribute with its type's collation. */
    public CompositeAttribute(String name, DataType type) {
        this(name, type, null);
    }
}
