package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import java.util.Objects;

/**
 * RenameTable renames a table inside its schema; only planned when the DSL declares {@code renamedFrom}.
 */
public record RenameTable(QualifiedName from, QualifiedName to) implements SchemaChange {

    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.schema().equals(to.schema())) {
            throw new IllegalArgumentException("a table is renamed inside its schema: " + from + " -> " + to);
        }
    }

    @Override
    public SchemaChange inverse() {
        return new RenameTable(to, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename table " + from + " to " + to.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.rename(ObjectId.table(from), ObjectId.table(to));
    }
}
