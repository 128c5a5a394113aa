package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import java.util.Objects;

/**
 * DropSchema drops an (by then empty) namespace: {@code DROP SCHEMA app}.
 */
public record DropSchema(String name) implements SchemaChange {

    public DropSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public SchemaChange inverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop schema " + name;
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.schema(name));
    }
}
