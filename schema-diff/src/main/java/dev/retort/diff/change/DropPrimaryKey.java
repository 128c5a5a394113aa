package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.PrimaryKey;
import java.util.Objects;

/**
 * DropPrimaryKey drops a primary key constraint; it carries the whole key.
 */
public record DropPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {

    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public SchemaChange inverse() {
        return new AddPrimaryKey(table, key);
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
