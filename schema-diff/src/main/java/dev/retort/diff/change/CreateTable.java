package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Table;
import java.util.Objects;

/**
 * CreateTable creates a table with its columns, primary key, unique and check constraints and comments.
 * Its indexes and foreign keys are separate changes ({@link CreateIndex}, {@link AddForeignKey}) so that
 * foreign keys of a cycle can be added after all tables exist. {@code detachFirst} goes to the inverse (see
 * {@link DropTable}).
 */
public record CreateTable(Table table, boolean detachFirst) implements SchemaChange {

    /** The creation of a table whose drop needs no detach first. */
    public CreateTable(Table table) {
        this(table, false);
    }

    public CreateTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty() || !table.indexes().isEmpty()) {
            throw new IllegalArgumentException("table " + table.name()
                    + ": CreateTable carries no foreign keys or indexes; plan them as AddForeignKey and CreateIndex");
        }
    }

    @Override
    public SchemaChange inverse() {
        return new DropTable(table, detachFirst);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.table(table.name())).creating(Uses.members(table)).requiring(Uses.types(table))
                .requiring(Uses.parents(table));
    }
}
