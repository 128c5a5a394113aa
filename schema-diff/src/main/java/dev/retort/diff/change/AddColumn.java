package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Column;
import java.util.Objects;

/**
 * AddColumn adds a column with its type, nullability, default, identity or generation and comment.
 */
public record AddColumn(QualifiedName table, Column column) implements SchemaChange {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public SchemaChange inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.column(table, column.name())).requiring(Uses.type(column.type()));
    }
}
