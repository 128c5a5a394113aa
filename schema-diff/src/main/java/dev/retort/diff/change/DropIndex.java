package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Index;
import java.util.Objects;

/**
 * DropIndex drops an index; it carries the whole index.
 */
public record DropIndex(QualifiedName table, Index index) implements SchemaChange {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public SchemaChange inverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop index " + index.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.index(table, index.name())).releasing(Uses.columns(table, Uses.indexColumns(index)));
    }
}
