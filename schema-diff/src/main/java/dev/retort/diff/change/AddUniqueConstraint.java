package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UniqueConstraint;
import java.util.Objects;

/**
 * AddUniqueConstraint adds a {@code UNIQUE [NULLS NOT DISTINCT]} constraint. {@code usingIndex} is the lock-safe
 * form the planner chooses for a table that exists before the migration: the constraint takes over a unique index of
 * its name built concurrently by the step before ({@code ADD CONSTRAINT uq UNIQUE USING INDEX uq}, a brief lock);
 * its inverse keeps the flag, so that the downgrade of the drop is lock-safe too.
 *
 * <pre>{@code
 * new AddUniqueConstraint(t, uq);         // ADD CONSTRAINT uq UNIQUE (a): builds the index under ACCESS EXCLUSIVE
 * new AddUniqueConstraint(t, uq, true);   // ADD CONSTRAINT uq UNIQUE USING INDEX uq
 * }</pre>
 */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint, boolean usingIndex)
        implements SchemaChange {

    /** The plain form: ADD CONSTRAINT builds the index. */
    public AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) {
        this(table, constraint, false);
    }

    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public SchemaChange inverse() {
        return new DropUniqueConstraint(table, constraint, usingIndex);
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
