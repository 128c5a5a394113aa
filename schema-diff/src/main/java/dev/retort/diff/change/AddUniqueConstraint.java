package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UniqueConstraint;
import java.util.Objects;

/**
 * AddUniqueConstraint adds a {@code UNIQUE [NULLS NOT DISTINCT]} constraint.
 */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements SchemaChange {

    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public SchemaChange inverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add unique constraint " + constraint.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.constraint(table, constraint.name())).requiring(Uses.columns(table, constraint.columns()));
    }
}
