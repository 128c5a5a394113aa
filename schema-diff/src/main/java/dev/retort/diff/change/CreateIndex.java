package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Index;
import java.util.Objects;

/**
 * CreateIndex creates an index. Any change of an index (parts, predicate, method, include, uniqueness)
 * is a drop and a create. {@code concurrently} is the lock-safe form the planner chooses for a table that exists
 * before the migration ({@code CREATE INDEX CONCURRENTLY}); its inverse drops concurrently too.
 */
public record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements SchemaChange {

    /** The plain form, inside the migration's transaction. */
    public CreateIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public SchemaChange inverse() {
        return new DropIndex(table, index, concurrently);
    }

    /** This change in its CONCURRENTLY form (outside a transaction, writes go on) or plain. */
    public CreateIndex withConcurrently(boolean online) {
        return new CreateIndex(table, index, online);
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
