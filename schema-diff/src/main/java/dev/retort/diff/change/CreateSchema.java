package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import java.util.Objects;

/**
 * CreateSchema creates a namespace: {@code CREATE SCHEMA app}.
 */
public record CreateSchema(String name) implements SchemaChange {

    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public SchemaChange inverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create schema " + name;
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.schema(name));
    }
}
