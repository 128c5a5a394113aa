package dev.retort.schema.model;

import java.util.Objects;

/**
 * Extension is a PostgreSQL extension the schema needs ({@code CREATE EXTENSION pg_trgm}): what it brings (types,
 * operator classes, functions, even tables) belongs to it, not to the application, and is never compared or dropped
 * on its own.
 *
 * <pre>{@code
 * Extension trgm = new Extension("pg_trgm", "public", null, null);
 * trgm.id();   // extension pg_trgm
 * }</pre>
 *
 * @param name    the extension's name, as in {@code pg_available_extensions}
 * @param schema  the schema its objects go to
 * @param version the version to install; null for the server's default, and then any installed version matches
 * @param comment its comment; null for the extension's own
 */
public record Extension(String name, String schema, String version, String comment) implements SchemaObject {

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.EXTENSION, QualifiedName.of(schema, name));
    }

    public Extension withVersion(String newVersion) {
        return new Extension(name, schema, newVersion, comment);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Extension other
                && Objects.equals(name, other.name)
                && Objects.equals(schema, other.schema)
                && Objects.equals(version, other.version)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(schema);
        h = 31 * h + Objects.hashCode(version);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
