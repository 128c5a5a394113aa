package dev.retort.diff.change;

import dev.retort.schema.model.SchemaObject;

import java.util.Objects;

/**
 * DropObject drops an object of one of the other kinds; it carries the whole object so that its inverse,
 * {@link CreateObject}, can bring it back.
 *
 * <pre>{@code
 * new DropObject(trgm).inverse();   // CreateObject[object=Extension[name=pg_trgm, ...]]
 * }</pre>
 */
public record DropObject(SchemaObject object) implements SchemaChange {

    public DropObject {
        Objects.requireNonNull(object, "object");
    }

    @Override
    public SchemaChange inverse() {
        return new CreateObject(object);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(object.id());
    }

    @Override
    public String describe() {
        return "drop " + object.id();
    }
}
