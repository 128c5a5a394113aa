package dev.retort.diff.change;

import dev.retort.schema.model.SchemaObject;

import java.util.Objects;

/**
 * AlterObject changes an object of one of the other kinds in place ({@code CREATE OR REPLACE}, {@code ALTER ...}),
 * keeping what depends on it; its kind decides when that is possible. The inverse swaps the two states.
 *
 * <pre>{@code
 * new AlterObject(before, after).inverse();   // AlterObject[from=after, to=before, concurrently=false]
 * }</pre>
 *
 * @param from         the object as it is
 * @param to           the object as it becomes; same id as {@code from}
 * @param concurrently the lock-safe form the planner chooses for an object its kind builds in place while it serves
 *                     (a materialized view's indexes built and dropped {@code CONCURRENTLY}, see
 *                     {@link dev.retort.diff.kind.ManagedKind#buildsInPlace}); its inverse keeps it
 */
public record AlterObject(SchemaObject from, SchemaObject to, boolean concurrently) implements SchemaChange {

    public AlterObject {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.id().equals(to.id())) {
            throw new IllegalArgumentException("an in-place change keeps the object: " + from.id() + " is not " + to.id());
        }
    }

    /** The plain form. */
    public AlterObject(SchemaObject from, SchemaObject to) {
        this(from, to, false);
    }

    /** This change in the lock-safe form ({@code online}) or the plain one. */
    public AlterObject withConcurrently(boolean online) {
        return new AlterObject(from, to, online);
    }

    @Override
    public SchemaChange inverse() {
        return new AlterObject(to, from, concurrently);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Footprint footprint() {
        // what is created using the object (a view on a replaced view) waits for its new form
        return Footprint.alter(to.id()).requiring(to.uses()).creating(java.util.Set.of(to.id()));
    }

    @Override
    public String describe() {
        return "alter " + to.id();
    }
}
