package dev.retort.schema.model;

import java.util.Objects;

/**
 * QualifiedName is a schema-qualified object name, such as {@code public.users}.
 *
 * <pre>{@code
 * QualifiedName users = QualifiedName.of("public", "users");
 * }</pre>
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    // written out, as ObjectId's: the record's generated ones are slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof QualifiedName other && schema.equals(other.schema) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return schema.hashCode() * 31 + name.hashCode();
    }

    @Override
    public int compareTo(QualifiedName other) {
        int bySchema = schema.compareTo(other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    /** The unquoted dotted form, for messages: {@code public.users}. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
