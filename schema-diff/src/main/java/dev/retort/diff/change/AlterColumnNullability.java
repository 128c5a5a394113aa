package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Column;
import java.util.Objects;

/**
 * AlterColumnNullability sets or drops {@code NOT NULL} (from {@code from.nullable()} to {@code to.nullable()}).
 *
 * <p>Column modifications run after renames: on {@code toTable}.{@code to.name()}; the inverse runs on the
 * {@code from} names. Both columns are carried whole.
 */
public record AlterColumnNullability(QualifiedName fromTable, Column from, QualifiedName toTable, Column to) implements SchemaChange {

    public AlterColumnNullability {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnNullability(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter column " + toTable + "." + to.name() + (to.nullable() ? " drop not null" : " set not null");
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.column(toTable, to.name()));
    }
}
