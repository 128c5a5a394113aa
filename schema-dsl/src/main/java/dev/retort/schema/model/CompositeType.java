package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * CompositeType is a standalone composite type ({@code CREATE TYPE address AS (street text, city text)}): attributes
 * in their order. Columns name it as a {@link UserDefinedType}.
 *
 * <pre>{@code
 * CompositeType address = new CompositeType(QualifiedName.of("public", "address"), List.of(
 *         new CompositeAttribute("street", new BuiltinType("text")),
 *         new CompositeAttribute("city", new BuiltinType("text"))), null);
 * address.id();   // composite type public.address
 * }</pre>
 *
 * @param name       its qualified name
 * @param attributes its attributes, in order (the order is part of the type)
 * @param comment    its comment, or null
 */
public record CompositeType(QualifiedName name, List<CompositeAttribute> attributes, String comment)
        implements SchemaObject {

    public CompositeType {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.COMPOSITE_TYPE, name);
    }

    /** The user-defined types of its attributes. */
    @Override
    public Set<ObjectId> uses() {
        return UserTypes.of(attributes.stream().map(CompositeAttribute::type).toList());
    }

    /** The attribute named {@code attributeName}. */
    public Optional<CompositeAttribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    public CompositeType withAttributes(List<CompositeAttribute> newAttributes) {
        return new CompositeType(name, newAttributes, comment);
    }

    public CompositeType withComment(String newComment) {
        return new CompositeType(name, attributes, newComment);
    }
}
