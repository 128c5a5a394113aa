package dev.retort.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OutputMatcher compares what the guide says a command prints with what it really printed. Only volatile parts may
 * differ, and only where the guide says so:
 * <ul>
 *   <li>{@code <timestamp>} a date and time, {@code <duration>} like {@code 12 ms} or {@code 1.3 s}, {@code <n>} a
 *       whole number, {@code <port>} a TCP port, {@code <checksum>} a signed number, {@code <any>} any text up to the end of the line;</li>
 *   <li>a migration version (14 digits, a UTC timestamp) written in the guide stands for the version the real run
 *       generated: the first match binds the two, and every later mention must agree (the tests translate the
 *       guide's versions in later commands and file names with {@link #toActual});</li>
 *   <li>two or more spaces (table columns) match any run of spaces, and trailing spaces and blank lines at the end
 *       are ignored.</li>
 * </ul>
 *
 * <pre>{@code
 * OutputMatcher m = new OutputMatcher();
 * m.mismatch("wrote V20261128093000__add_mood.sql\n", "wrote V20270101120000__add_mood.sql\n");  // empty: bound
 * m.toActual("retort downgrade 20261128093000");   // "retort downgrade 20270101120000"
 * }</pre>
 */
final class OutputMatcher {

    private static final Pattern TOKEN = Pattern.compile(
            "<(timestamp|duration|n|port|checksum|any)>|(?<![0-9])(\\d{14})(?![0-9])| {2,}");
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "timestamp", "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?",
            "duration", "\\d+(?:\\.\\d+)? ?(?:ms|s|min|m)",
            "n", "\\d+",
            "port", "\\d{1,5}",
            "checksum", "-?\\d+",
            "any", "[^\\n]*");
    private static final Pattern VERSION = Pattern.compile("(?<![0-9])(\\d{14})(?![0-9])");

    private final Map<String, String> guideToActual = new LinkedHashMap<>();
    private final Map<String, String> actualToGuide = new LinkedHashMap<>();

    /** Empty when {@code actual} is what {@code expected} describes (binding versions); else a diff to show. */
    Optional<String> mismatch(String expected, String actual) {
        String want = tidy(expected);
        String got = tidy(actual);
        List<String> versions = new ArrayList<>();
        Pattern pattern = Pattern.compile(regex(want, versions));
        Matcher m = pattern.matcher(got);
        if (!m.matches()) {
            return Optional.of(diff(want, toGuide(got)));
        }
        Map<String, String> bind = new LinkedHashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            String g = versions.get(i);
            String a = m.group(i + 1);
            String known = guideToActual.getOrDefault(g, bind.get(g));
            String knownGuide = actualToGuide.get(a);
            if (known != null && !known.equals(a) || knownGuide != null && !knownGuide.equals(g)
                    || bind.containsValue(a) && !a.equals(bind.get(g))) {
                return Optional.of("version " + g + " of the guide stands for " + (known != null ? known : a)
                        + " of the real run elsewhere, so it cannot also be " + a + " here\n" + diff(want, toGuide(got)));
            }
            bind.put(g, a);
        }
        bind.forEach((g, a) -> {
            guideToActual.put(g, a);
            actualToGuide.put(a, g);
        });
        return Optional.empty();
    }

    /** {@code text} of the guide (a command, a file name) with each bound version replaced by the real one. */
    String toActual(String text) {
        return replaceVersions(text, guideToActual);
    }

    /** Real output with each bound version replaced by the guide's, for readable diffs. */
    String toGuide(String text) {
        return replaceVersions(text, actualToGuide);
    }

    /** Binds a guide version to a real one directly (a file the guide names that the run created). */
    void bind(String guideVersion, String actualVersion) {
        guideToActual.put(guideVersion, actualVersion);
        actualToGuide.put(actualVersion, guideVersion);
    }

    private static String replaceVersions(String text, Map<String, String> map) {
        Matcher m = VERSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(map.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String regex(String expected, List<String> versions) {
        StringBuilder re = new StringBuilder();
        Matcher m = TOKEN.matcher(expected);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(expected.substring(last, m.start())));
            if (m.group(1) != null) {
                re.append("(?:").append(PLACEHOLDERS.get(m.group(1))).append(')');
            } else if (m.group(2) != null) {
                versions.add(m.group(2));
                re.append("(\\d{14})");
            } else {
                re.append(" +");
            }
            last = m.end();
        }
        re.append(Pattern.quote(expected.substring(last)));
        return re.toString();
    }

    /** Trailing spaces of each line and trailing blank lines dropped; line ends unified. */
    static String tidy(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().replaceAll("\\n+$", "");
    }

    /** A line diff: "-" lines the guide has and the run did not print, "+" lines the run printed instead. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder("--- the guide\n+++ the real output\n");
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && same(a[i], b[j])) {
                out.append("  ").append(b[j]).append('\n');
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.append("+ ").append(b[j++]).append('\n');
            } else {
                out.append("- ").append(a[i++]).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean same(String expectedLine, String actualLine) {
        return Pattern.compile(regex(expectedLine, new ArrayList<>())).matcher(actualLine).matches();
    }
}
