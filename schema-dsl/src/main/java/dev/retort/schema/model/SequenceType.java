package dev.retort.schema.model;

import java.util.Locale;
import java.util.Optional;

/**
 * SequenceType is the data type of a sequence, one of the three PostgreSQL allows, with its range. Being a typed
 * value, it reaches SQL only through {@link #sql()}: no text a user wrote is pasted into {@code CREATE SEQUENCE}.
 *
 * <pre>{@code
 * SequenceType.named("integer").orElseThrow().max();   // 2147483647
 * }</pre>
 */
public enum SequenceType {
    SMALLINT("smallint", Short.MIN_VALUE, Short.MAX_VALUE),
    INTEGER("integer", Integer.MIN_VALUE, Integer.MAX_VALUE),
    BIGINT("bigint", Long.MIN_VALUE, Long.MAX_VALUE);

    private final String sql;
    private final long min;
    private final long max;

    SequenceType(String sql, long min, long max) {
        this.sql = sql;
        this.min = min;
        this.max = max;
    }

    /** The type as PostgreSQL prints it: {@code smallint}, {@code integer} or {@code bigint}. */
    public String sql() {
        return sql;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    /** The type PostgreSQL calls {@code name} (its aliases int2, int4, int8 and int included), if it is one. */
    public static Optional<SequenceType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "smallint", "int2" -> Optional.of(SMALLINT);
            case "integer", "int", "int4" -> Optional.of(INTEGER);
            case "bigint", "int8" -> Optional.of(BIGINT);
            default -> Optional.empty();
        };
    }

    /**
     * The type called {@code name}.
     *
     * @throws IllegalArgumentException naming the three types a sequence can have
     */
    public static SequenceType parse(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("type " + name
                + " is not a sequence type (use smallint, integer or bigint)"));
    }

    @Override
    public String toString() {
        return sql;
    }
}
