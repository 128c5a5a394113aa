package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ForeignKey;
import java.util.Objects;

/**
 * DropForeignKey drops a foreign key; it carries the whole key. A change of actions or deferrability is a drop
 * and an add.
 */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements SchemaChange {

    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public SchemaChange inverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop foreign key " + foreignKey.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.constraint(table, foreignKey.name()))
                .releasing(Uses.columns(table, foreignKey.columns()))
                .releasing(ObjectId.table(foreignKey.referencedTable()))
                .releasing(Uses.columns(foreignKey.referencedTable(), foreignKey.referencedColumns()));
    }
}
