package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.EnumType;
import java.util.Objects;

/**
 * CreateEnum creates an enum type with its labels in order and its comment.
 */
public record CreateEnum(EnumType type) implements SchemaChange {

    public CreateEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public SchemaChange inverse() {
        return new DropEnum(type);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create enum " + type.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.type(type.name()));
    }
}
