package dev.retort.runner;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interval is a time setting as users write it: a number with a unit ({@code 500ms}, {@code 10s}, {@code 10m},
 * {@code 5min}, {@code 1h}, {@code 2d}) or without one (then in the setting's unit: milliseconds for PostgreSQL's
 * timeouts, as PostgreSQL reads them; seconds for the migration lock wait).
 *
 * <pre>{@code
 * Interval.parse("10m", ChronoUnit.SECONDS).get().duration();   // PT10M
 * Interval.parse("10m", ChronoUnit.SECONDS).get().postgres();   // 600000ms
 * }</pre>
 *
 * @param duration the length
 */
public record Interval(Duration duration) {

    private static final Pattern SHAPE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([a-z]*)");
    private static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            Map.entry("us", ChronoUnit.MICROS), Map.entry("ms", ChronoUnit.MILLIS),
            Map.entry("s", ChronoUnit.SECONDS), Map.entry("sec", ChronoUnit.SECONDS),
            Map.entry("secs", ChronoUnit.SECONDS), Map.entry("second", ChronoUnit.SECONDS),
            Map.entry("seconds", ChronoUnit.SECONDS), Map.entry("m", ChronoUnit.MINUTES),
            Map.entry("min", ChronoUnit.MINUTES), Map.entry("mins", ChronoUnit.MINUTES),
            Map.entry("minute", ChronoUnit.MINUTES), Map.entry("minutes", ChronoUnit.MINUTES),
            Map.entry("h", ChronoUnit.HOURS), Map.entry("hour", ChronoUnit.HOURS),
            Map.entry("hours", ChronoUnit.HOURS), Map.entry("d", ChronoUnit.DAYS),
            Map.entry("day", ChronoUnit.DAYS), Map.entry("days", ChronoUnit.DAYS));

    /** The interval, or empty when {@code text} is not one. */
    public static Optional<Interval> parse(String text, ChronoUnit unitless) {
        Matcher m = SHAPE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        ChronoUnit unit = m.group(2).isEmpty() ? unitless : UNITS.get(m.group(2));
        if (unit == null) {
            return Optional.empty();
        }
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit.getDuration().toNanos()));
        return Optional.of(new Interval(Duration.ofNanos(nanos.longValue())));
    }

    /** The interval as a PostgreSQL setting value, in milliseconds ({@code 0} disables a timeout). */
    public String postgres() {
        return duration.toMillis() + "ms";
    }

    @Override
    public String toString() {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
