package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * AlterConstraintComment changes the comment of a kept constraint ({@code null} = none), with
 * {@code COMMENT ON CONSTRAINT}. It runs after renames, on {@code toTable}.{@code toConstraint}; its inverse runs on
 * the {@code from} names.
 *
 * <pre>{@code
 * new AlterConstraintComment(t, "pk_t", null, t, "pk_t", "one row per user");
 * }</pre>
 */
public record AlterConstraintComment(QualifiedName fromTable, String fromConstraint, String from,
                                     QualifiedName toTable, String toConstraint, String to) implements SchemaChange {

    public AlterConstraintComment {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(fromConstraint, "fromConstraint");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(toConstraint, "toConstraint");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterConstraintComment(toTable, toConstraint, to, fromTable, fromConstraint, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "comment on constraint " + toConstraint + " on " + toTable;
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.constraint(toTable, toConstraint));
    }
}
