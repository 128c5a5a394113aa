package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Index;
import java.util.Objects;

/**
 * CreateIndex creates an index. Any change of an index (parts, predicate, method, include, uniqueness)
 * is a drop and a create.
 */
public record CreateIndex(QualifiedName table, Index index) implements SchemaChange {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public SchemaChange inverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.index(table, index.name())).requiring(Uses.columns(table, Uses.indexColumns(index)));
    }
}
