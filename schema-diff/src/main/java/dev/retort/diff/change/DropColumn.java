package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Column;
import java.util.Objects;

/**
 * DropColumn drops a column (its values are lost); it carries the whole column.
 */
public record DropColumn(QualifiedName table, Column column) implements SchemaChange {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public SchemaChange inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.column(table, column.name())).releasing(Uses.type(column.type()));
    }
}
