package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ForeignKey;
import java.util.Objects;

/**
 * AddForeignKey adds a foreign key. Planned after all tables exist, so cycles and self references work.
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements SchemaChange {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public SchemaChange inverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.constraint(table, foreignKey.name()))
                .requiring(Uses.columns(table, foreignKey.columns()))
                .requiring(ObjectId.table(foreignKey.referencedTable()))
                .requiring(Uses.columns(foreignKey.referencedTable(), foreignKey.referencedColumns()));
    }
}
