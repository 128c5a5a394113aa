package dev.retort.schema.dsl;

import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * CompositeTypeBuilder declares a composite type ({@code CREATE TYPE address AS (...)}) and is its handle: use it
 * as a column type. Attributes keep the order they are declared in.
 *
 * <pre>{@code
 * CompositeTypeBuilder address = s.compositeType("address", a -> a
 *         .attribute("street", text())
 *         .attribute("code", text()).collate("C"));
 * s.table("customers", t -> t.column("home", address));
 * }</pre>
 */
public final class CompositeTypeBuilder implements ObjectDraft, SqlType {

    private final QualifiedName name;
    private final List<String> names = new ArrayList<>();
    private final List<SqlType> types = new ArrayList<>();
    private final List<QualifiedName> collations = new ArrayList<>();
    private String comment;

    CompositeTypeBuilder(QualifiedName name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Adds an attribute after the ones declared so far. */
    public CompositeTypeBuilder attribute(String attributeName, SqlType type) {
        names.add(Objects.requireNonNull(attributeName, "attributeName"));
        types.add(Objects.requireNonNull(type, "type"));
        collations.add(null);
        return this;
    }

    /** COLLATE a collation of pg_catalog for the attribute declared last: {@code .attribute("code", text()).collate("C")}. */
    public CompositeTypeBuilder collate(String collationName) {
        return collate("pg_catalog", collationName);
    }

    /** COLLATE a collation of another schema for the attribute declared last. */
    public CompositeTypeBuilder collate(String schema, String collationName) {
        if (names.isEmpty()) {
            throw new IllegalStateException("composite type " + name + ": collate(...) applies to the attribute declared"
                    + " just before it; declare an attribute first");
        }
        collations.set(collations.size() - 1, QualifiedName.of(schema, collationName));
        return this;
    }

    /** The comment of the type. */
    public CompositeTypeBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    /** The qualified name of the type. */
    public QualifiedName name() {
        return name;
    }

    @Override
    public DataType dataType() {
        return new UserDefinedType(name);
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        int before = problems.size();
        String subject = "composite type " + Messages.table(name);
        if (name.name().isBlank()) {
            problems.add("composite type in schema " + name.schema() + ": the name is empty"
                    + " (compositeType(\"address\", a -> a.attribute(\"street\", text())))");
        }
        Set<String> seen = new HashSet<>();
        List<CompositeAttribute> attributes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String attribute = names.get(i);
            SqlType type = types.get(i);
            if (attribute.isBlank()) {
                problems.add(subject + ": attribute " + (i + 1) + " has an empty name");
            } else if (!seen.add(attribute)) {
                problems.add(subject + ": attribute " + attribute + " is declared twice (give each attribute its own name)");
            }
            if (type instanceof TypeSpec spec && spec.problem() != null) {
                problems.add(subject + ": attribute " + attribute + ": type " + spec.dataType().sql() + ": " + spec.problem());
            }
            if (name.equals(userType(type.dataType()))) {
                problems.add(subject + ": attribute " + attribute + " has the type itself (PostgreSQL does not allow a"
                        + " composite type to contain itself)");
            }
            attributes.add(new CompositeAttribute(attribute, type.dataType(), collations.get(i)));
        }
        if (problems.size() > before) {
            return null;
        }
        return new CompositeType(name, attributes, comment);
    }

    private static QualifiedName userType(DataType type) {
        DataType element = type instanceof dev.retort.schema.model.ArrayType array ? array.element() : type;
        return element instanceof UserDefinedType udt ? udt.name() : null;
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
