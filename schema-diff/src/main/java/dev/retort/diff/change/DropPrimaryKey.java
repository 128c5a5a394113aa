package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.PrimaryKey;
import java.util.Objects;

/**
 * DropPrimaryKey drops a primary key constraint (and its index); it carries the whole key. {@code usingIndex}
 * changes nothing in its SQL: it is the form of its inverse ({@link AddPrimaryKey#usingIndex()}).
 */
public record DropPrimaryKey(QualifiedName table, PrimaryKey key, boolean usingIndex) implements SchemaChange {

    /** The plain form, whose inverse builds the index in ADD CONSTRAINT. */
    public DropPrimaryKey(QualifiedName table, PrimaryKey key) {
        this(table, key, false);
    }

    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public SchemaChange inverse() {
        return new AddPrimaryKey(table, key, usingIndex);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop primary key " + key.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.constraint(table, key.name())).releasing(Uses.columns(table, key.columns()));
    }
}
