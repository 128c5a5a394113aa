package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Column;

import java.util.List;
import java.util.Objects;

/**
 * AlterColumnNullability sets or drops {@code NOT NULL} (from {@code from.nullable()} to {@code to.nullable()}).
 *
 * <p>Column modifications run after renames: on {@code toTable}.{@code to.name()}; the inverse runs on the
 * {@code from} names. Both columns are carried whole.
 *
 * @param keptNotNull the partitions and inheriting tables (of the nullable side's model) that hold the column NOT NULL
 *                    of their own: PostgreSQL recurses DROP NOT NULL to them, so the drop sets theirs again; empty for
 *                    a table without such descendants
 */
public record AlterColumnNullability(QualifiedName fromTable, Column from, QualifiedName toTable, Column to,
                                     List<QualifiedName> keptNotNull) implements SchemaChange {

    public AlterColumnNullability {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
        keptNotNull = keptNotNull == null ? List.of() : List.copyOf(keptNotNull);
    }

    /** A change of a column no descendant holds NOT NULL of its own. */
    public AlterColumnNullability(QualifiedName fromTable, Column from, QualifiedName toTable, Column to) {
        this(fromTable, from, toTable, to, List.of());
    }

    /** This change with {@code tables} keeping their own NOT NULL on the nullable side. */
    public AlterColumnNullability withKeptNotNull(List<QualifiedName> tables) {
        return new AlterColumnNullability(fromTable, from, toTable, to, tables);
    }

    @Override
    public SchemaChange inverse() {
        // the nullable side stays the same model: the list holds for both directions
        return new AlterColumnNullability(toTable, to, fromTable, from, keptNotNull);
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
        Footprint footprint = Footprint.alter(ObjectId.column(toTable, to.name()));
        if (to.nullable() && !from.nullable() && !keptNotNull.isEmpty()) {
            footprint = footprint.requiring(keptNotNull.stream().map(ObjectId::table).toArray(ObjectId[]::new));
        }
        return footprint;
    }
}
