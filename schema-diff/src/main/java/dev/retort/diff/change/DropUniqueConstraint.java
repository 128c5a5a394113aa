package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UniqueConstraint;
import java.util.Objects;

/**
 * DropUniqueConstraint drops a unique constraint (and its index); it carries the whole constraint. {@code usingIndex}
 * changes nothing in its SQL: it is the form of its inverse ({@link AddUniqueConstraint#usingIndex()}).
 */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint, boolean usingIndex)
        implements SchemaChange {

    /** The plain form, whose inverse builds the index in ADD CONSTRAINT. */
    public DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) {
        this(table, constraint, false);
    }

    public DropUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public SchemaChange inverse() {
        return new AddUniqueConstraint(table, constraint, usingIndex);
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
