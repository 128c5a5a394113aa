package dev.retort.diff.change;

import dev.retort.schema.model.SchemaObject;

import java.util.Objects;

/**
 * AlterObject changes an object of one of the other kinds in place ({@code CREATE OR REPLACE}, {@code ALTER ...}),
 * keeping what depends on it; its kind decides when that is possible. The inverse swaps the two states.
 *
 * <pre>{@code
 * new AlterObject(before, after).inverse();   // AlterObject[from=after, to=before]
 * }</pre>
 *
 * @param from the object as it is
 * @param to   the object as it becomes; same id as {@code from}
 */
public record AlterObject(SchemaObject from, SchemaObject to) implements SchemaChange {

    public AlterObject {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.id().equals(to.id())) {
            throw new IllegalArgumentException("an in-place change keeps the object: " + from.id() + " is not " + to.id());
        }
    }

    @Override
    public SchemaChange inverse() {
        return new AlterObject(to, from);
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
