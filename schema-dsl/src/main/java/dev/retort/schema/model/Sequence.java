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
}
