package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Index;
import java.util.Objects;

/**
 * DropIndex drops an index; it carries the whole index. {@code concurrently} is the lock-safe form
 * ({@code DROP INDEX CONCURRENTLY}) for a table that stays.
 */
public record DropIndex(QualifiedName table, Index index, boolean concurrently) implements SchemaChange {

    /** The plain form, inside the migration's transaction. */
    public DropIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public SchemaChange inverse() {
        return new CreateIndex(table, index, concurrently);
    }

    /** This change in its CONCURRENTLY form (outside a transaction, writes go on) or plain. */
    public DropIndex withConcurrently(boolean online) {
        return new DropIndex(table, index, online);
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
