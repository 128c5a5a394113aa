package dev.retort.schema.model;

import java.util.Objects;

/**
 * Sequence is a standalone sequence. Sequences behind identity columns belong to their column and are not
 * Sequence values. {@code ownedBy} names the column that owns the sequence ({@code table.column} in the
 * sequence's schema, the {@code serial} pattern), or is null.
 *
 * <pre>{@code
 * Sequence seq = Sequence.of(QualifiedName.of("public", "invoice_numbers")).withStart(1000);
 * }</pre>
 */
public record Sequence(
        QualifiedName name,
        SequenceType dataType,
        long start,
        long increment,
        long minValue,
        long maxValue,
        long cache,
        boolean cycle,
        String ownedBy,
        String comment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        dataType = dataType == null ? SequenceType.BIGINT : dataType;
    }

    /**
     * A sequence whose type is given as PostgreSQL names it ({@code "integer"}).
     *
     * @throws IllegalArgumentException when {@code dataType} is not smallint, integer or bigint
     */
    public Sequence(QualifiedName name, String dataType, long start, long increment, long minValue, long maxValue,
                    long cache, boolean cycle, String ownedBy, String comment) {
        this(name, SequenceType.parse(dataType), start, increment, minValue, maxValue, cache, cycle, ownedBy, comment);
    }

    /** A bigint sequence with PostgreSQL's defaults: start 1, increment 1, min 1, max 2^63-1, cache 1. */
    public static Sequence of(QualifiedName name) {
        return new Sequence(name, SequenceType.BIGINT, 1, 1, 1, Long.MAX_VALUE, 1, false, null, null);
    }

    public Sequence withStart(long newStart) {
        return new Sequence(name, dataType, newStart, increment, minValue, maxValue, cache, cycle, ownedBy, comment);
    }

    public Sequence withOwnedBy(String column) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, column, comment);
    }

    public Sequence withComment(String newComment) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedBy, newComment);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Sequence other
                && Objects.equals(name, other.name)
                && Objects.equals(dataType, other.dataType)
                && start == other.start
                && increment == other.increment
                && minValue == other.minValue
                && maxValue == other.maxValue
                && cache == other.cache
                && cycle == other.cycle
                && Objects.equals(ownedBy, other.ownedBy)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(dataType);
        h = 31 * h + Long.hashCode(start);
        h = 31 * h + Long.hashCode(increment);
        h = 31 * h + Long.hashCode(minValue);
        h = 31 * h + Long.hashCode(maxValue);
        h = 31 * h + Long.hashCode(cache);
        h = 31 * h + Boolean.hashCode(cycle);
        h = 31 * h + Objects.hashCode(ownedBy);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
