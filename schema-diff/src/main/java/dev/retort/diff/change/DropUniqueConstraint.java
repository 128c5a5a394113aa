package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UniqueConstraint;
import java.util.Objects;

/**
 * DropUniqueConstraint drops a unique constraint; it carries the whole constraint.
 */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements SchemaChange {

    public DropUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public SchemaChange inverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop unique constraint " + constraint.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.constraint(table, constraint.name())).releasing(Uses.columns(table, constraint.columns()));
    }
}
