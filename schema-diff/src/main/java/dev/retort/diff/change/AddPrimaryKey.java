package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.PrimaryKey;
import java.util.Objects;

/**
 * AddPrimaryKey adds a primary key constraint. {@code usingIndex} is the lock-safe form the planner chooses for a
 * table that exists before the migration: the key takes over a unique index of its name built concurrently by the
 * step before ({@code ADD CONSTRAINT pk PRIMARY KEY USING INDEX pk}, a brief lock once its columns are NOT NULL).
 *
 * <pre>{@code
 * new AddPrimaryKey(t, pk, true);   // ALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY USING INDEX pk_t
 * }</pre>
 */
public record AddPrimaryKey(QualifiedName table, PrimaryKey key, boolean usingIndex) implements SchemaChange {

    /** The plain form: ADD CONSTRAINT builds the index. */
    public AddPrimaryKey(QualifiedName table, PrimaryKey key) {
        this(table, key, false);
    }

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public SchemaChange inverse() {
        return new DropPrimaryKey(table, key, usingIndex);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add primary key " + key.name() + " on " + table;
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.constraint(table, key.name())).requiring(Uses.columns(table, key.columns()));
    }
}
