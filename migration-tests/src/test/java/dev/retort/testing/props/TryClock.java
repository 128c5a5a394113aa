package dev.retort.testing.props;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TryClock counts the tries of each property and prints tries per second when the property ends: a figure
 * for the reader, never an assertion.
 */
final class TryClock {

    private static final Map<String, long[]> CLOCKS = new ConcurrentHashMap<>();

    private TryClock() {
    }

    /** Call at the start of every try of {@code property}. */
    static void tick(String property) {
        long now = System.nanoTime();
        CLOCKS.computeIfAbsent(property, p -> new long[]{now, 0})[1]++;
    }

    /** Prints and forgets the figure for {@code property}. */
    static void report(String property) {
        long[] clock = CLOCKS.remove(property);
        if (clock == null) {
            return;
        }
        double seconds = (System.nanoTime() - clock[0]) / 1e9;
        System.out.println(String.format(Locale.ROOT, "[retort-properties] %s: %d tries in %.1f s = %.2f tries/s",
                property, clock[1], seconds, clock[1] / Math.max(seconds, 1e-9)));
    }
}
