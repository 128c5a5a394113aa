package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Column;
import java.util.Objects;

/**
 * AlterColumnDefault sets, changes or drops a column default.
 *
 * <p>Column modifications run after renames: on {@code toTable}.{@code to.name()}; the inverse runs on the
 * {@code from} names. Both columns are carried whole.
 */
public record AlterColumnDefault(QualifiedName fromTable, Column from, QualifiedName toTable, Column to) implements SchemaChange {

    public AlterColumnDefault {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnDefault(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter column " + toTable + "." + to.name() + (to.defaultExpression() == null ? " drop default" : " set default");
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.column(toTable, to.name()));
    }
}
