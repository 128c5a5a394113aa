package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;

import java.util.Objects;

/**
 * RenameIndexCopy gives a partition's index attached to a parent's index the name the target declares. The copy is
 * found through the catalog ({@code pg_inherits}) when the statement runs, because PostgreSQL names the copies it
 * makes itself (when the parent's index is created or rebuilt, or a partition created) and the plan cannot know them
 * for certain; where the name is already right nothing happens. Renaming a key's index renames its constraint too.
 * A {@code to} without a name (the copy is the one PostgreSQL makes) does nothing.
 *
 * <p>With a {@code constraint} ({@code PRIMARY KEY} or {@code UNIQUE}), the copy PostgreSQL made becomes the partition's
 * own key of that kind ({@code ADD CONSTRAINT ... USING INDEX}, which names the index after the key): a partition
 * created with a key of its own that its parent's index adopted has that one index, not a copy and a key's index.
 *
 * <pre>{@code
 * new RenameIndexCopy(copy.withName("m_2026_city_idx"), copy.withName("m_2026_by_city"));
 * }</pre>
 */
public record RenameIndexCopy(PartitionIndexCopy from, PartitionIndexCopy to, String constraint)
        implements SchemaChange {

    public RenameIndexCopy {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** A rename only. */
    public RenameIndexCopy(PartitionIndexCopy from, PartitionIndexCopy to) {
        this(from, to, null);
    }

    /** The key the copy becomes where this names a copy PostgreSQL made; null otherwise (and in the inverse). */
    public String keyMade() {
        return from.name() == null && to.name() != null ? constraint : null;
    }

    @Override
    public SchemaChange inverse() {
        // the inverse of making a key of a made copy runs only where the partition goes (it is dropped with it)
        return new RenameIndexCopy(to, from, constraint);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "name the index of " + to.partition() + " attached to " + to.parentIndex() + " " + to.name();
    }

    @Override
    public Footprint footprint() {
        // after the parent's index exists in its final form (it may be created or rebuilt in the same plan); the
        // subject is the partition's index, so that the parent's index's own changes are not chained to it by phase
        java.util.Set<ObjectId> requires = java.util.Set.of(ObjectId.index(to.parent(), to.parentIndex()),
                ObjectId.table(to.partition()));
        ObjectId subject = ObjectId.index(to.partition(), to.name() != null ? to.name() : "copy of " + to.parentIndex());
        // a key made of the copy (or given back to it) is created (or taken away) here: what uses it is ordered by it
        java.util.Set<ObjectId> creates = new java.util.HashSet<>();
        java.util.Set<ObjectId> removes = new java.util.HashSet<>();
        if (to.name() != null) {
            creates.add(ObjectId.index(to.partition(), to.name()));
            if (constraint != null && from.name() == null) {
                creates.add(ObjectId.constraint(to.partition(), to.name()));
            }
        }
        if (from.name() != null) {
            removes.add(ObjectId.index(from.partition(), from.name()));
            if (constraint != null && to.name() == null) {
                removes.add(ObjectId.constraint(from.partition(), from.name()));
            }
        }
        return new Footprint(subject, requires, creates, removes, java.util.Set.of());
    }
}
