package dev.retort.schema.dsl;

import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.SequenceType;

import java.util.Objects;

/**
 * SequenceBuilder declares a standalone sequence; settings left out take PostgreSQL's defaults for the
 * sequence's type and direction (ascending: min 1, max the type's largest value, start at min).
 *
 * <pre>{@code
 * s.sequence("invoice_numbers").as(integer()).startWith(1000).cache(10).ownedBy(invoices.column("number"));
 * }</pre>
 */
public final class SequenceBuilder {

    private final QualifiedName name;
    private SequenceType dataType = SequenceType.BIGINT;
    // a type that is not a sequence type, reported with the other problems of the declaration
    private String invalidType;
    private Long start;
    private long increment = 1;
    private Long minValue;
    private Long maxValue;
    private long cache = 1;
    private boolean cycle;
    private ColumnRef ownedBy;
    private String comment;

    SequenceBuilder(QualifiedName name) {
        this.name = name;
    }

    /** The sequence's type: {@code smallint()}, {@code integer()} or {@code bigint()} (the default). */
    public SequenceBuilder as(SqlType type) {
        String sql = type.dataType().sql();
        SequenceType.named(sql).ifPresentOrElse(t -> dataType = t, () -> invalidType = sql);
        return this;
    }

    public SequenceBuilder startWith(long value) {
        this.start = value;
        return this;
    }

    public SequenceBuilder incrementBy(long value) {
        this.increment = value;
        return this;
    }

    public SequenceBuilder minValue(long value) {
        this.minValue = value;
        return this;
    }

    public SequenceBuilder maxValue(long value) {
        this.maxValue = value;
        return this;
    }

    public SequenceBuilder cache(long value) {
        this.cache = value;
        return this;
    }

    /** Wraps around at the end instead of failing. */
    public SequenceBuilder cycle() {
        this.cycle = true;
        return this;
    }

    /** OWNED BY a column of a table in the same schema: dropping the column drops the sequence. */
    public SequenceBuilder ownedBy(ColumnRef column) {
        this.ownedBy = Objects.requireNonNull(column, "column");
        return this;
    }

    public SequenceBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    ColumnRef ownedBy() {
        return ownedBy;
    }

    QualifiedName name() {
        return name;
    }

    /** What is wrong with the declared type, if anything. */
    java.util.Optional<String> typeProblem() {
        return java.util.Optional.ofNullable(invalidType).map(t -> "sequence " + Messages.table(name) + ": type " + t
                + " is not a sequence type (use smallint, integer or bigint)");
    }

    Sequence toModel() {
        long typeMax = dataType.max();
        long typeMin = dataType.min();
        boolean ascending = increment > 0;
        long min = minValue != null ? minValue : ascending ? 1 : typeMin;
        long max = maxValue != null ? maxValue : ascending ? typeMax : -1;
        long first = start != null ? start : ascending ? min : max;
        String owner = ownedBy == null ? null : ownedBy.table().name().name() + "." + ownedBy.name();
        return new Sequence(name, dataType, first, increment, min, max, cache, cycle, owner, comment);
    }
}
