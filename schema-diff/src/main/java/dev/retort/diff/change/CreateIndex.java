package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Index;
import java.util.List;
import java.util.Objects;

/**
 * CreateIndex creates an index. Any change of an index (parts, predicate, method, include, uniqueness)
 * is a drop and a create. {@code concurrently} is the lock-safe form the planner chooses for a table that exists
 * before the migration ({@code CREATE INDEX CONCURRENTLY}); its inverse drops concurrently too.
 *
 * <p>{@code partitionKeys} are the partitions' own keys (constraints) that the same plan makes of this index's copies
 * (see {@link RenameIndexCopy#keyMade}): PostgreSQL drops neither such a key nor the parent's index while the other
 * holds on to it, so the inverse drops the index with {@code CASCADE}, which takes them.
 *
 * <pre>{@code
 * new CreateIndex(orders, index).withPartitionKeys(List.of(ObjectId.constraint(orders2026, "orders_2026_pkey")));
 * }</pre>
 */
public record CreateIndex(QualifiedName table, Index index, boolean concurrently, List<ObjectId> partitionKeys)
        implements SchemaChange {

    /** The plain form, inside the migration's transaction. */
    public CreateIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    public CreateIndex(QualifiedName table, Index index, boolean concurrently) {
        this(table, index, concurrently, List.of());
    }

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        partitionKeys = List.copyOf(partitionKeys);
    }

    @Override
    public SchemaChange inverse() {
        return new DropIndex(table, index, concurrently, partitionKeys);
    }

    /** This change in its CONCURRENTLY form (outside a transaction, writes go on) or plain. */
    public CreateIndex withConcurrently(boolean online) {
        return new CreateIndex(table, index, online, partitionKeys);
    }

    /** This change with the partitions' keys made of its copies (its inverse drops them with the index). */
    public CreateIndex withPartitionKeys(List<ObjectId> keys) {
        return new CreateIndex(table, index, concurrently, keys);
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
