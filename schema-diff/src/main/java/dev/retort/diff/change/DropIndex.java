package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Index;
import java.util.List;
import java.util.Objects;

/**
 * DropIndex drops an index; it carries the whole index. {@code concurrently} is the lock-safe form
 * ({@code DROP INDEX CONCURRENTLY}) for a table that stays.
 *
 * <p>{@code partitionKeys} are partitions' own keys (constraints) backed by this index's copies, which go with it:
 * PostgreSQL drops neither while the other holds on to it, so the index is dropped with {@code CASCADE} (never
 * concurrently). The plan drops what uses those keys first.
 *
 * <pre>{@code
 * new DropIndex(orders, index, false, List.of(ObjectId.constraint(orders2026, "orders_2026_pkey")));
 * }</pre>
 */
public record DropIndex(QualifiedName table, Index index, boolean concurrently, List<ObjectId> partitionKeys)
        implements SchemaChange {

    /** The plain form, inside the migration's transaction. */
    public DropIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    public DropIndex(QualifiedName table, Index index, boolean concurrently) {
        this(table, index, concurrently, List.of());
    }

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        partitionKeys = List.copyOf(partitionKeys);
    }

    @Override
    public SchemaChange inverse() {
        return new CreateIndex(table, index, concurrently, partitionKeys);
    }

    /** This change in its CONCURRENTLY form (outside a transaction, writes go on) or plain. */
    public DropIndex withConcurrently(boolean online) {
        return new DropIndex(table, index, online && partitionKeys.isEmpty(), partitionKeys);
    }

    /** This change taking the partitions' keys backed by its copies with it. */
    public DropIndex withPartitionKeys(List<ObjectId> keys) {
        return new DropIndex(table, index, concurrently && keys.isEmpty(), keys);
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
        return Footprint.drop(ObjectId.index(table, index.name())).releasing(Uses.columns(table, Uses.indexColumns(index)))
                .removing(partitionKeys);
    }
}
