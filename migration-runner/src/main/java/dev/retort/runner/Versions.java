package dev.retort.runner;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Versions hands out new migration versions: the UTC time as {@code yyyyMMddHHmmss} (e.g. 20261128031500), so
 * that migrations written on different branches almost never collide and sort by when they were written. When the
 * clock gives a version not above the newest on disk (same second, skewed clock), the newest plus one is used.
 *
 * <pre>{@code
 * String v = Versions.next(catalog, Clock.systemUTC());   // "20261128031500"
 * }</pre>
 */
public final class Versions {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private Versions() {
    }

    public static String next(ScriptCatalog catalog, Clock clock) {
        String now = STAMP.format(clock.instant());
        String last = catalog.last().map(MigrationScript::version).orElse(null);
        if (last == null || ScriptCatalog.compare(now, last) > 0) {
            return now;
        }
        return after(last);
    }

    /** The version right after {@code version}: plus one when it is a plain number. */
    public static String after(String version) {
        if (version.matches("[0-9]{1,18}")) {
            return Long.toString(Long.parseLong(version) + 1);
        }
        return version + ".1";
    }
}
