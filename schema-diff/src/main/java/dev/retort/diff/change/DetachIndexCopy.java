package dev.retort.diff.change;

import dev.retort.schema.model.Index;
import dev.retort.schema.model.ObjectId;

import java.util.Objects;

/**
 * DetachIndexCopy is the inverse of {@link AttachIndexCopy}, which PostgreSQL cannot carry out: an index attached to a
 * parent's index stays attached until the parent's index is dropped. Its statement changes nothing and says so,
 * marked irreversible, so that a downgrade that contains it needs the flag that allows losing what cannot be undone.
 *
 * <pre>{@code
 * new AttachIndexCopy(copy, "m_2026_city", null, null).inverse();   // a DetachIndexCopy
 * }</pre>
 */
public record DetachIndexCopy(PartitionIndexCopy copy, String own, Index build, String constraint)
        implements SchemaChange {

    public DetachIndexCopy {
        Objects.requireNonNull(copy, "copy");
    }

    @Override
    public SchemaChange inverse() {
        return new AttachIndexCopy(copy, own, build, constraint);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "leave index " + copy.name() + " of " + copy.partition() + " attached to " + copy.parentIndex()
                + " (PostgreSQL cannot detach it)";
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.index(copy.parent(), copy.parentIndex())).requiring(ObjectId.table(copy.partition()));
    }
}
