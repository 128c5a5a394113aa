package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * AlterIndexComment changes the comment of a kept index ({@code null} = none), with
 * {@code COMMENT ON INDEX}. It runs after renames, on {@code toTable}.{@code toIndex}; its inverse runs on
 * the {@code from} names.
 *
 * <pre>{@code
 * new AlterIndexComment(t, "ix_t_email", null, t, "ix_t_email", "lookups by email");
 * }</pre>
 */
public record AlterIndexComment(QualifiedName fromTable, String fromIndex, String from,
                                     QualifiedName toTable, String toIndex, String to) implements SchemaChange {

    public AlterIndexComment {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(fromIndex, "fromIndex");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(toIndex, "toIndex");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterIndexComment(toTable, toIndex, to, fromTable, fromIndex, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "comment on index " + toIndex + " on " + toTable;
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.index(toTable, toIndex));
    }
}
