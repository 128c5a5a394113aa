package dev.retort.diff.inspect;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * UnmanagedObject is one database object the model does not manage, reported by the inspector. Objects that
 * live on a table (triggers, rules, policies, constraints) are named {@code schema.table.object}; routines
 * carry their argument types, e.g. {@code public.film_in_stock(p_film_id integer, p_store_id integer)}.
 *
 * <pre>{@code
 * UnmanagedObject v = new UnmanagedObject(UnmanagedKind.VIEW, QualifiedName.of("public", "actor_info"));
 * v.toString();   // "view public.actor_info"
 * }</pre>
 */
public record UnmanagedObject(UnmanagedKind kind, QualifiedName name) implements Comparable<UnmanagedObject> {

    public UnmanagedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(UnmanagedObject other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return kind.label() + " " + name;
    }
}
