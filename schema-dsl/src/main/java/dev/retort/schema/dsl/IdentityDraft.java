package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.IdentityOptions;

import java.util.Objects;

/** IdentityDraft collects the identity options of a column; it becomes {@link IdentityOptions} at build time. */
final class IdentityDraft implements IdentityStep {

    private Long start;
    private Long increment;
    private Long minValue;
    private Long maxValue;
    private Long cache;
    private boolean cycle;
    private String sequence;

    @Override
    public IdentityStep startWith(long value) {
        this.start = value;
        return this;
    }

    @Override
    public IdentityStep incrementBy(long value) {
        this.increment = value;
        return this;
    }

    @Override
    public IdentityStep minValue(long value) {
        this.minValue = value;
        return this;
    }

    @Override
    public IdentityStep maxValue(long value) {
        this.maxValue = value;
        return this;
    }

    @Override
    public IdentityStep cache(long value) {
        this.cache = value;
        return this;
    }

    @Override
    public IdentityStep cycle() {
        this.cycle = true;
        return this;
    }

    @Override
    public IdentityStep named(String name) {
        this.sequence = Objects.requireNonNull(name, "sequence");
        return this;
    }

    /** The declared sequence name, or null for the one PostgreSQL makes. */
    String sequence() {
        return sequence;
    }

    /** The options for a column of {@code type}, null for the defaults; a zero increment is reported by validation. */
    IdentityOptions toModel(DataType type) {
        String name = type instanceof BuiltinType builtin ? builtin.name() : "bigint";
        if (increment != null && increment == 0) {
            return null;
        }
        return IdentityOptions.of(name, start, increment, minValue, maxValue, cache, cycle);
    }

    boolean zeroIncrement() {
        return increment != null && increment == 0;
    }
}
