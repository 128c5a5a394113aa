package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Sequence;
import java.util.Objects;

/**
 * DropSequence drops a standalone sequence (its current value is lost); it carries the whole sequence.
 */
public record DropSequence(Sequence sequence) implements SchemaChange {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public SchemaChange inverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop sequence " + sequence.name();
    }

    @Override
    public Footprint footprint() {
        return Footprint.drop(ObjectId.sequence(sequence.name()));
    }
}
