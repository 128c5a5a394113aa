package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Column;
import java.util.Objects;

/**
 * AlterColumnType changes a column's type ({@code ALTER COLUMN ... TYPE ... USING}). When the column has
 * a default, the default is dropped before and the target default set after, because PostgreSQL cannot always
 * cast a default to the new type.
 *
 * <p>{@code using} is the declared {@code USING} expression (over the old column) where PostgreSQL has no cast, else
 * null for a plain cast; {@code inverseUsing} is the downgrade's.
 *
 * <p>Column modifications run after renames: on {@code toTable}.{@code to.name()}; the inverse runs on the
 * {@code from} names. Both columns are carried whole.
 */
public record AlterColumnType(QualifiedName fromTable, Column from, QualifiedName toTable, Column to, String using,
                              String inverseUsing) implements SchemaChange {

    public AlterColumnType {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    /** A type change PostgreSQL casts by itself, both ways. */
    public AlterColumnType(QualifiedName fromTable, Column from, QualifiedName toTable, Column to) {
        this(fromTable, from, toTable, to, null, null);
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnType(toTable, to, fromTable, from, inverseUsing, using);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter column " + toTable + "." + to.name() + " type " + from.type() + " -> " + to.type();
    }

    @Override
    public Footprint footprint() {
        return Footprint.replace(ObjectId.column(fromTable, from.name()), ObjectId.column(toTable, to.name()))
                .requiring(Uses.type(to.type()));
    }
}
