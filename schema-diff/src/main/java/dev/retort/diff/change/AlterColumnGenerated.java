package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Column;
import java.util.Objects;

/**
 * AlterColumnGenerated turns a stored generated column into a plain one ({@code DROP EXPRESSION}, values
 * kept) or, as the inverse, a plain column into a generated one, which PostgreSQL 14-16 can only do by dropping and
 * re-adding the column.
 *
 * <p>Column modifications run after renames: on {@code toTable}.{@code to.name()}; the inverse runs on the
 * {@code from} names. Both columns are carried whole.
 */
public record AlterColumnGenerated(QualifiedName fromTable, Column from, QualifiedName toTable, Column to) implements SchemaChange {

    public AlterColumnGenerated {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnGenerated(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter column " + toTable + "." + to.name() + (to.generatedExpression() == null ? " drop expression" : " generated");
    }

    @Override
    public Footprint footprint() {
        // adding or changing an expression recreates the column; dropping it keeps the column and its values
        return to.generatedExpression() == null ? Footprint.alter(ObjectId.column(toTable, to.name()))
                : Footprint.replace(ObjectId.column(fromTable, from.name()), ObjectId.column(toTable, to.name()));
    }
}
