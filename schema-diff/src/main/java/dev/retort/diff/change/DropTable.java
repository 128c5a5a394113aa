package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Table;
import java.util.Objects;

/**
 * DropTable drops a table (its rows are lost); it carries the whole table (without indexes and foreign
 * keys, which are dropped as their own changes) so that its inverse can recreate it. {@code detachFirst} is set
 * for a partition that a foreign key to one of its parents reaches: PostgreSQL refuses to drop it while attached.
 */
public record DropTable(Table table, boolean detachFirst) implements SchemaChange {

    /** The drop of a table that no foreign key reaches through a parent. */
    public DropTable(Table table) {
        this(table, false);
    }

    public DropTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty() || !table.indexes().isEmpty()) {
            throw new IllegalArgumentException("table " + table.name()
                    + ": DropTable carries no foreign keys or indexes; plan them as DropForeignKey and DropIndex");
        }
    }

    @Override
    public SchemaChange inverse() {
        return new CreateTable(table, detachFirst);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop table " + table.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.table(table.name())).removing(Uses.members(table)).releasing(Uses.types(table))
                .releasing(Uses.parents(table));
    }
}
