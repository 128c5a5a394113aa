package dev.retort.schema.model;

import java.util.Map;
import java.util.Objects;

/**
 * IdentityOptions are the sequence options of an identity column other than PostgreSQL's defaults for its type:
 * START, INCREMENT, MINVALUE, MAXVALUE, CACHE and CYCLE, all resolved. A column whose identity sequence has the
 * defaults holds none ({@code null}), so a declaration without options and an inspected default identity are equal.
 *
 * <pre>{@code
 * IdentityOptions opts = IdentityOptions.of("bigint", 3L, 4L, null, null, 5L, false);   // START 3 INCREMENT 4 CACHE 5
 * IdentityOptions none = IdentityOptions.of("integer", null, null, null, null, null, false); // null: the defaults
 * }</pre>
 */
public record IdentityOptions(long start, long increment, long minValue, long maxValue, long cache, boolean cycle) {

    private static final Map<String, long[]> RANGES = Map.of(
            "smallint", new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            "integer", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            "bigint", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

    public IdentityOptions {
        if (increment == 0) {
            throw new IllegalArgumentException("an identity sequence's increment cannot be zero");
        }
    }

    /**
     * The options with PostgreSQL's defaults filled in for what is null (for {@code type}, one of smallint, integer
     * and bigint, and the direction of the increment), or null when the result is the defaults.
     */
    public static IdentityOptions of(String type, Long start, Long increment, Long minValue, Long maxValue, Long cache,
                                     boolean cycle) {
        long inc = increment == null ? 1 : increment;
        IdentityOptions direction = defaults(type, inc);
        long min = minValue != null ? minValue : direction.minValue();
        long max = maxValue != null ? maxValue : direction.maxValue();
        long first = start != null ? start : inc > 0 ? min : max;
        IdentityOptions options = new IdentityOptions(first, inc, min, max, cache == null ? 1 : cache, cycle);
        return options.equals(defaults(type, 1)) ? null : options;
    }

    /** PostgreSQL's bounds and start for {@code type} counting by {@code increment}; {@code 1} gives the defaults. */
    public static IdentityOptions defaults(String type, long increment) {
        long[] range = RANGES.getOrDefault(type, RANGES.get("bigint"));
        return increment > 0 ? new IdentityOptions(1, increment, 1, range[1], 1, false)
                : new IdentityOptions(-1, increment, range[0], -1, 1, false);
    }

    /** These options, or the defaults for {@code type} when {@code options} is null. */
    public static IdentityOptions resolved(IdentityOptions options, String type) {
        return options != null ? options : defaults(type, 1);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof IdentityOptions other
                && start == other.start
                && increment == other.increment
                && minValue == other.minValue
                && maxValue == other.maxValue
                && cache == other.cache
                && cycle == other.cycle;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Long.hashCode(start);
        h = 31 * h + Long.hashCode(increment);
        h = 31 * h + Long.hashCode(minValue);
        h = 31 * h + Long.hashCode(maxValue);
        h = 31 * h + Long.hashCode(cache);
        h = 31 * h + Boolean.hashCode(cycle);
        return h;
    }
}
