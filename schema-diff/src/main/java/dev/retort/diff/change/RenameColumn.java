package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import java.util.Objects;

/**
 * RenameColumn renames a column; only planned when the DSL declares {@code renamedFrom}. It runs before
 * table renames, on {@code fromTable}; its inverse runs on {@code toTable}.
 */
public record RenameColumn(QualifiedName fromTable, String from, QualifiedName toTable, String to) implements SchemaChange {

    public RenameColumn {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new RenameColumn(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename column " + fromTable + "." + from + " to " + to;
    }

    @Override
    public Footprint footprint() {
        // the statement names the table as it is before a rename of the table, so it runs before that rename
        Footprint footprint = Footprint.rename(ObjectId.column(fromTable, from), ObjectId.column(toTable, to));
        return fromTable.equals(toTable) ? footprint : footprint.releasing(ObjectId.table(fromTable));
    }
}
