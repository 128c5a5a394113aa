package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.CheckConstraint;
import java.util.Objects;

/**
 * DropCheckConstraint drops a check constraint; it carries the whole constraint.
 */
public record DropCheckConstraint(QualifiedName table, CheckConstraint constraint) implements SchemaChange {

    public DropCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public SchemaChange inverse() {
        return new AddCheckConstraint(table, constraint);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop check constraint " + constraint.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.constraint(table, constraint.name()));
    }
}
