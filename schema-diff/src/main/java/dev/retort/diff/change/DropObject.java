package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
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
        Footprint footprint = Footprint.drop(object.id()).releasing(object.uses());
        // what drops a column of a domain, composite or range type releases its TYPE id: it goes first
        return object.id().kind().isUserType()
                ? footprint.removing(java.util.Set.of(ObjectId.type(object.id().name()))) : footprint;
    }

    @Override
    public String describe() {
        return "drop " + object.id();
    }
}
