package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.EnumType;
import java.util.Objects;

/**
 * DropEnum drops an enum type; it carries the whole type so that its inverse can recreate it.
 */
public record DropEnum(EnumType type) implements SchemaChange {

    public DropEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public SchemaChange inverse() {
        return new CreateEnum(type);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop enum " + type.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.type(type.name()));
    }
}
