package dev.retort.schema.model;

import java.util.Objects;
import java.util.Set;

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
 * @param name          the extension's name, as in {@code pg_available_extensions}
 * @param schema        the schema its objects go to
 * @param version       the version to install; null for the server's default, and then any installed version matches
 * @param comment       its comment; null for the extension's own
 * @param updatableTo   the versions the server that holds it can update {@code version} to (its update scripts, as
 *                      {@code pg_extension_update_paths} finds paths through them); null when not read, as for a
 *                      declaration. It is a fact about the server's installed scripts, not about the schema, so it
 *                      takes no part in equality: an extension read from a database equals its declaration
 */
public record Extension(String name, String schema, String version, String comment, Set<String> updatableTo)
        implements SchemaObject {

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        updatableTo = updatableTo == null ? null : Set.copyOf(updatableTo);
    }

    /** An extension whose update paths are not known (a declaration, a model built in memory). */
    public Extension(String name, String schema, String version, String comment) {
        this(name, schema, version, comment, null);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.EXTENSION, QualifiedName.of(schema, name));
    }

    /** This extension at {@code newVersion}; the update paths are those of the old version, so they are kept only for it. */
    public Extension withVersion(String newVersion) {
        return new Extension(name, schema, newVersion, comment,
                Objects.equals(newVersion, version) ? updatableTo : null);
    }

    /**
     * True when the server is known to have no update path from {@code version} to {@code target}; false when it
     * has one or when the paths were not read.
     */
    public boolean cannotUpdateTo(String target) {
        return updatableTo != null && version != null && !version.equals(target) && !updatableTo.contains(target);
    }

    /** True when the server is known to have an update path from {@code version} to {@code target}. */
    public boolean canUpdateTo(String target) {
        return updatableTo != null && updatableTo.contains(target);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extension e && name.equals(e.name) && schema.equals(e.schema)
                && Objects.equals(version, e.version) && Objects.equals(comment, e.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, schema, version, comment);
    }
}
