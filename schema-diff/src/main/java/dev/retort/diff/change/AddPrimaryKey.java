package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.PrimaryKey;
import java.util.Objects;

/**
 * AddPrimaryKey adds a primary key constraint.
 */
public record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public SchemaChange inverse() {
        return new DropPrimaryKey(table, key);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add primary key " + key.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.constraint(table, key.name())).requiring(Uses.columns(table, key.columns()));
    }
}
