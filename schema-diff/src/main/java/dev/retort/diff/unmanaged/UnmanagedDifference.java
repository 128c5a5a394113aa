package dev.retort.diff.unmanaged;

import java.util.Objects;

/**
 * UnmanagedDifference is one way two databases differ in something Retort does not manage: an object that only
 * one side has, an object whose definition differs, or a detail of a managed object (its grants, NOT VALID ...)
 * whose value differs. Retort writes no SQL for it; every output names it so that nobody reads "equal".
 *
 * <pre>{@code
 * UnmanagedDifference d = UnmanagedDifference.onlyInTo("view public.v", "query: SELECT 1");
 * d.describe();   // "view public.v: only in the target (to)"
 * }</pre>
 *
 * @param subject what differs, e.g. {@code view public.v} or {@code column public.t.c: collation}
 * @param side    whether it is missing on one side or differs
 * @param from    its definition or value on the {@code from} side, null when absent there
 * @param to      its definition or value on the {@code to} side, null when absent there
 */
public record UnmanagedDifference(String subject, Side side, String from, String to)
        implements Comparable<UnmanagedDifference> {

    /** How the two sides differ. */
    public enum Side { ONLY_IN_FROM, ONLY_IN_TO, DIFFERS }

    private static final int SHOWN = 120;

    public UnmanagedDifference {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(side, "side");
    }

    public static UnmanagedDifference onlyInFrom(String subject, String from) {
        return new UnmanagedDifference(subject, Side.ONLY_IN_FROM, from, null);
    }

    public static UnmanagedDifference onlyInTo(String subject, String to) {
        return new UnmanagedDifference(subject, Side.ONLY_IN_TO, null, to);
    }

    public static UnmanagedDifference differs(String subject, String from, String to) {
        return new UnmanagedDifference(subject, Side.DIFFERS, from, to);
    }

    /**
     * One line for users: {@code "view public.v: only in the source (from)"}, or for a definition, the first line
     * where the two differ: {@code "view public.v: definition differs: query: SELECT a ... -> query: SELECT b"}.
     */
    public String describe() {
        return switch (side) {
            case ONLY_IN_FROM -> subject + ": only in the source (from)" + valueNote(from);
            case ONLY_IN_TO -> subject + ": only in the target (to)" + valueNote(to);
            case DIFFERS -> subject + ": differs: " + firstDifference();
        };
    }

    // a detail's value is short and says what it is ("grants app SELECT"); a definition is not repeated
    private static String valueNote(String value) {
        return value == null || value.isEmpty() || value.contains("\n") || value.length() > SHOWN ? "" : " (" + value + ")";
    }

    private String firstDifference() {
        String[] a = from.split("\n", -1);
        String[] b = to.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        String left = i < a.length ? a[i].strip() : "(nothing)";
        String right = i < b.length ? b[i].strip() : "(nothing)";
        return shorten(left) + " -> " + shorten(right);
    }

    private static String shorten(String line) {
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "...";
    }

    @Override
    public int compareTo(UnmanagedDifference other) {
        return subject.compareTo(other.subject);
    }
}
