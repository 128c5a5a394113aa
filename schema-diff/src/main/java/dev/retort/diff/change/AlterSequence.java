package dev.retort.diff.change;

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
}
