package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.CheckConstraint;
import java.util.Objects;

/**
 * AddCheckConstraint adds a {@code CHECK} constraint.
 */
public record AddCheckConstraint(QualifiedName table, CheckConstraint constraint) implements SchemaChange {

    public AddCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public SchemaChange inverse() {
        return new DropCheckConstraint(table, constraint);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add check constraint " + constraint.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.constraint(table, constraint.name()));
    }
}
