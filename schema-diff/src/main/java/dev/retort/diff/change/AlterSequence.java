package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Sequence;
import java.util.Objects;

/**
 * AlterSequence changes a sequence's options, ownership or comment from {@code from} to {@code to}.
 */
public record AlterSequence(Sequence from, Sequence to) implements SchemaChange {

    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterSequence keeps the name: " + from.name() + " vs " + to.name());
        }
    }

    @Override
    public SchemaChange inverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter sequence " + to.name();
    }

    /** True when this change only gives up ownership, which must happen before the owning table is dropped. */
    public boolean releasesOwnership() {
        return from.ownedBy() != null && to.ownedBy() == null;
    }

    @Override
    public Footprint footprint() {
        Footprint footprint = Footprint.alter(ObjectId.sequence(to.name()));
        // ownership is a column of a table in the sequence's schema: acquired after it exists, released before it goes
        footprint = footprint.requiring(owner(to));
        return from.ownedBy() != null && !from.ownedBy().equals(to.ownedBy()) ? footprint.releasing(owner(from)) : footprint;
    }

    /** The column owning {@code sequence}, or none. */
    private static java.util.Set<ObjectId> owner(Sequence sequence) {
        String owner = sequence.ownedBy();
        int dot = owner == null ? -1 : owner.lastIndexOf('.');
        if (dot <= 0) {
            return java.util.Set.of();
        }
        return java.util.Set.of(ObjectId.column(dev.retort.schema.model.QualifiedName.of(sequence.name().schema(),
                owner.substring(0, dot)), owner.substring(dot + 1)));
    }
}
