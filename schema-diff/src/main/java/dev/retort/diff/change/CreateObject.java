package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.SchemaObject;

import java.util.Objects;

/**
 * CreateObject creates an object of one of the other kinds (extension, view, function ...); its kind renders it
 * (see {@code dev.retort.diff.kind.ManagedKind}). Its inverse is {@link DropObject} of the same object.
 *
 * <pre>{@code
 * new CreateObject(new Extension("pg_trgm", "public", null, null)).describe();   // "create extension pg_trgm"
 * }</pre>
 */
public record CreateObject(SchemaObject object) implements SchemaChange {

    public CreateObject {
        Objects.requireNonNull(object, "object");
    }

    @Override
    public SchemaChange inverse() {
        return new DropObject(object);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Footprint footprint() {
        Footprint footprint = Footprint.create(object.id()).requiring(object.uses());
        // columns name a domain, composite or range type as they name an enum: by its TYPE id
        return object.id().kind().isUserType()
                ? footprint.creating(java.util.Set.of(ObjectId.type(object.id().name()))) : footprint;
    }

    @Override
    public String describe() {
        return "create " + object.id();
    }
}
