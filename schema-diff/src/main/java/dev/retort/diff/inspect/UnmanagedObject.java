package dev.retort.diff.inspect;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * UnmanagedObject is one database object the model does not manage, reported by the inspector with its catalog
 * definition, so that two databases whose unmanaged objects differ never compare equal. Objects that live on a
 * table (triggers, rules, policies, constraints) are named {@code schema.table.object}; routines carry their
 * argument types, e.g. {@code public.film_in_stock(p_film_id integer, p_store_id integer)}. Database-level
 * objects (event triggers, publications) have the schema {@code ""}.
 *
 * <p>The definition is what the server prints for the object ({@code pg_get_viewdef}, {@code pg_get_functiondef},
 * ...) plus the catalog facts that are not in that text (grants without the owner's, options, enabled state);
 * nothing that legitimately differs between databases (OIDs, owners, statistics).
 *
 * <pre>{@code
 * UnmanagedObject v = new UnmanagedObject(UnmanagedKind.VIEW, QualifiedName.of("public", "actor_info"), "query: SELECT ...");
 * v.toString();   // "view public.actor_info"
 * }</pre>
 */
public record UnmanagedObject(UnmanagedKind kind, QualifiedName name, String definition)
        implements Comparable<UnmanagedObject> {

    public UnmanagedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        definition = definition == null ? "" : definition;
    }

    /** An object whose definition is not read (compared by name only). */
    public UnmanagedObject(UnmanagedKind kind, QualifiedName name) {
        this(kind, name, "");
    }

    @Override
    public int compareTo(UnmanagedObject other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    /** The qualified name for messages; database-level objects have no schema. */
    public String qualifiedName() {
        return name.schema().isEmpty() ? name.name() : name.toString();
    }

    @Override
    public String toString() {
        return kind.label() + " " + qualifiedName();
    }
}
