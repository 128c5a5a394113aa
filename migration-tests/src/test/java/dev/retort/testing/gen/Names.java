package dev.retort.testing.gen;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Names generates identifiers PostgreSQL accepts when quoted, biased towards the hostile ones: reserved words,
 * mixed case, embedded quotes, SQL-comment/injection text, non-ASCII letters and names of exactly 63 bytes.
 *
 * <p>No generated name starts with an underscore or contains {@code _seq}, so none can collide with the array
 * types ({@code _table}) and identity sequences ({@code table_column_seq}) PostgreSQL names on its own.
 */
public final class Names {

    static final int MAX_BYTES = 63;

    private static final Set<String> SYSTEM_COLUMNS = Set.of("tableoid", "xmin", "cmin", "xmax", "cmax", "ctid");

    private static final String[] RESERVED = {"user", "order", "select", "table", "group", "check", "default",
            "limit", "primary", "from", "column", "where", "references", "constraint", "index", "end"};
    private static final String[] MIXED = {"Mixed", "UserId", "ABC", "Order", "camelCase", "X"};
    private static final String[] QUOTED = {"a\"b", "\"", "it's", "x\"\"y", "\"quoted\"", "with space", "1st"};
    private static final String[] INJECTION = {";--", "a;--b", "x); DROP TABLE t;--", "/*c*/", "$1", "a.b"};
    private static final String[] UNICODE = {"café", "naïve", "日本語", "Ωmega", "emoji😀", "ÄÖÜß", "ǅ"};

    private Names() {
    }

    /** An identifier: mostly short plain names, otherwise one of the hostile kinds. */
    public static Arbitrary<String> identifier() {
        return Arbitraries.frequencyOf(
                Tuple.of(14, plain()),
                Tuple.of(2, Arbitraries.of(RESERVED)),
                Tuple.of(1, Arbitraries.of(MIXED)),
                Tuple.of(1, Arbitraries.of(QUOTED)),
                Tuple.of(1, Arbitraries.of(INJECTION)),
                Tuple.of(1, Arbitraries.of(UNICODE)),
                Tuple.of(1, exactly63Bytes()));
    }

    /** Text for comments and enum labels: non-empty (an empty comment means "no comment" to PostgreSQL). */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, plain()),
                Tuple.of(1, Arbitraries.of("it's", "two words", "a\"b", ";--", "Ünïcödé 日本", "line\nbreak",
                        "back\\slash", "$$dollar$$", "tab\there", " ")));
    }

    static Arbitrary<String> plain() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                .filter(s -> !SYSTEM_COLUMNS.contains(s));
    }

    /** Names of exactly 63 UTF-8 bytes, some ending in a multi-byte character. */
    static Arbitrary<String> exactly63Bytes() {
        return Arbitraries.of("x", "é", "日").flatMap(tail -> plain().map(head -> pad(head, tail)));
    }

    private static String pad(String head, String tail) {
        StringBuilder b = new StringBuilder(head);
        while (bytes(b.toString()) + bytes(tail) < MAX_BYTES) {
            b.append('x');
        }
        String s = b + tail;
        return bytes(s) == MAX_BYTES ? s : b.toString();
    }

    /** {@code wanted}, or a suffixed variant of it that is neither taken nor over 63 bytes. */
    static String unique(String wanted, Set<String> taken) {
        String base = fit(wanted, MAX_BYTES);
        if (!taken.contains(base) && !SYSTEM_COLUMNS.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String suffix = "_" + i;
            String candidate = fit(wanted, MAX_BYTES - suffix.length()) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes, cut at a character boundary. */
    static String fit(String s, int maxBytes) {
        if (bytes(s) <= maxBytes) {
            return s;
        }
        int end = 0;
        int used = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int len = bytes(new String(Character.toChars(cp)));
            if (used + len > maxBytes) {
                break;
            }
            used += len;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
