package dev.retort.diff.change;

import dev.retort.schema.model.Index;
import dev.retort.schema.model.ObjectId;

import java.util.Objects;

/**
 * AttachIndexCopy attaches a partition's index to its parent's index where none is attached yet ({@code ALTER INDEX
 * parent_index ATTACH PARTITION partition_index}); once every partition's is attached the parent's index is valid.
 * The index attached is the partition's own {@code own} of the same definition, which stops being one of its own
 * indexes, or else one built for it ({@code build}, concurrently). A key's index needs the partition's index to back
 * a key of the same kind: {@code constraint} ({@code PRIMARY KEY} or {@code UNIQUE}, null for a plain index) is
 * added {@code USING INDEX} first. PostgreSQL cannot detach an index, so the inverse ({@link DetachIndexCopy}) cannot
 * be made.
 *
 * <pre>{@code
 * new AttachIndexCopy(copy, "m_2026_city", null, null);   // attach the partition's own m_2026_city
 * }</pre>
 *
 * @param copy       the copy as it is after the attach (its name: the one declared)
 * @param own        the partition's own index attached, or null when {@code build} is
 * @param build      the index built on the partition (named as the copy) when it has none to attach, else null
 * @param constraint the kind of key the parent's index backs, or null
 */
public record AttachIndexCopy(PartitionIndexCopy copy, String own, Index build, String constraint)
        implements SchemaChange {

    public AttachIndexCopy {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(copy.name(), "copy.name");
        if ((own == null) == (build == null)) {
            throw new IllegalArgumentException("an attach takes either the partition's own index or one to build");
        }
    }

    @Override
    public SchemaChange inverse() {
        return new DetachIndexCopy(copy, own, build, constraint);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "attach index " + copy.name() + " of " + copy.partition() + " to " + copy.parentIndex();
    }

    @Override
    public Footprint footprint() {
        ObjectId local = ObjectId.index(copy.partition(), own != null ? own : copy.name());
        Footprint footprint = Footprint.alter(ObjectId.index(copy.parent(), copy.parentIndex()))
                .requiring(ObjectId.table(copy.partition()));
        return own != null ? footprint.requiring(local) : footprint.creating(java.util.Set.of(local));
    }
}
