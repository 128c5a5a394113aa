package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Sequence;
import java.util.Objects;

/**
 * CreateSequence creates a standalone sequence. Ownership ({@code OWNED BY}) is a separate
 * {@link AlterSequence} because the owning column may not exist yet.
 */
public record CreateSequence(Sequence sequence) implements SchemaChange {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public SchemaChange inverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.create(ObjectId.sequence(sequence.name()));
    }
}
