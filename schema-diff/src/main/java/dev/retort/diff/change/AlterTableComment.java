package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import java.util.Objects;

/**
 * AlterTableComment changes a table's comment ({@code null} = none). It runs after renames, on {@code toTable};
 * {@code fromTable} is the name its inverse runs on.
 */
public record AlterTableComment(QualifiedName fromTable, String from, QualifiedName toTable, String to) implements SchemaChange {

    public AlterTableComment {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(toTable, "toTable");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterTableComment(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "comment on table " + toTable;
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.table(toTable));
    }
}
