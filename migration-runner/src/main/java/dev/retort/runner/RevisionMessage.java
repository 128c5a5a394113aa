package dev.retort.runner;

import java.text.Normalizer;
import java.util.Locale;

/**
 * RevisionMessage makes the free text of {@code retort revision -m} safe where it is written: as one line of a
 * {@code --} comment (a line break would end the comment and turn the rest of the message into SQL) and as a file
 * name slug (lower-case ASCII words joined by underscores, accents folded).
 *
 * <pre>{@code
 * RevisionMessage.oneLine("lowercase emails\nDROP TABLE victim; --");   // lowercase emails DROP TABLE victim; --
 * RevisionMessage.slug("Añadir índice");                              // anadir_indice
 * }</pre>
 */
public final class RevisionMessage {

    /** Longest message kept in comments; longer ones are cut with an ellipsis. */
    public static final int MAX_LENGTH = 200;

    private RevisionMessage() {
    }

    /** The message on one line: every line break and control character becomes a space, runs of spaces one. */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(message.length());
        message.codePoints().forEach(cp -> s.appendCodePoint(isBreakOrControl(cp) ? ' ' : cp));
        String line = s.toString().replaceAll(" {2,}", " ").strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH - 3).strip() + "..." : line;
    }

    /** Lower-case ASCII words joined by underscores, at most 80 characters; "migration" when nothing is left. */
    public static String slug(String message) {
        String folded = Normalizer.normalize(oneLine(message), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("_+$", "");
        }
        return s.isEmpty() ? "migration" : s;
    }

    private static boolean isBreakOrControl(int cp) {
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT;
    }
}
