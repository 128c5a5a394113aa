package dev.retort.runner;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * SettingValues checks a setting's value against its {@link Setting.Kind} once, when the configuration is read,
 * so a wrong value is an error naming the setting and where it came from, before any command starts.
 *
 * <pre>{@code
 * SettingValues.problem(Setting.LOCK_WAIT, "10x");   // Optional["not an interval: 10x; write e.g. 30s, 10m, 1h"]
 * }</pre>
 */
final class SettingValues {

    private SettingValues() {
    }

    /** What is wrong with {@code value} for {@code setting}, or empty when it is fine. */
    static Optional<String> problem(Setting setting, String value) {
        switch (setting.kind()) {
            case INTERVAL_MILLIS:
            case INTERVAL_SECONDS:
                return interval(setting, value).isPresent() ? Optional.empty()
                        : Optional.of("not an interval: \"" + value + "\"; write e.g. 500ms, 30s, 10m, 1h (a bare number is "
                        + (setting.kind() == Setting.Kind.INTERVAL_MILLIS ? "milliseconds" : "seconds") + ")");
            case IDENTIFIER:
                return identifier(value);
            case COUNT:
                return count(value).isPresent() ? Optional.empty()
                        : Optional.of("not a count: \"" + value + "\"; write a whole number from 0 to " + MAX_COUNT);
            case IDENTIFIER_LIST:
            case LIST:
                String[] parts = Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                        .toArray(String[]::new);
                if (parts.length == 0) {
                    return Optional.of("empty; give at least one, comma-separated");
                }
                if (setting.kind() == Setting.Kind.IDENTIFIER_LIST) {
                    for (String p : parts) {
                        Optional<String> bad = identifier(p);
                        if (bad.isPresent()) {
                            return bad;
                        }
                    }
                }
                return Optional.empty();
            case CLASS_NAME:
                return value.isEmpty() || value.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")
                        ? Optional.empty()
                        : Optional.of("not a Java class name: \"" + value + "\"; write e.g. com.example.db.AppSchema");
            default:
                return Optional.empty();
        }
    }

    private static final int MAX_COUNT = 100;

    /** The number a valid count setting holds. */
    static Optional<Integer> count(String value) {
        if (!value.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(value);
        return n <= MAX_COUNT ? Optional.of(n) : Optional.empty();
    }

    /** The interval a valid interval setting holds. */
    static Optional<Interval> interval(Setting setting, String value) {
        return Interval.parse(value, setting.kind() == Setting.Kind.INTERVAL_MILLIS ? ChronoUnit.MILLIS : ChronoUnit.SECONDS);
    }

    private static Optional<String> identifier(String value) {
        if (value.isEmpty()) {
            return Optional.of("empty; give a schema or table name");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        return bytes > 63 ? Optional.of("\"" + value + "\" is " + bytes + " bytes; PostgreSQL names have at most 63")
                : Optional.empty();
    }
}
