package dev.retort.schema.dsl;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Suggestions finds the known name a misspelled one most likely meant, for "did you mean" hints. */
final class Suggestions {

    private static final int LISTED = 8;

    private Suggestions() {
    }

    /** The closest candidate within a few edits of {@code wrong}, if any. */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(2, wrong.length() / 3);
        for (String candidate : candidates) {
            int distance = candidate.equalsIgnoreCase(wrong) ? 0
                    : distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code (did you mean "x"?)} or, with no close match, the known names to pick from. */
    static String hint(String wrong, List<String> candidates, String kind) {
        Optional<String> close = closest(wrong, candidates);
        if (close.isPresent()) {
            return "(did you mean \"" + close.get() + "\"?)";
        }
        if (candidates.isEmpty()) {
            return "(there are no " + kind + "s to refer to; declare it first)";
        }
        List<String> shown = candidates.size() > LISTED ? candidates.subList(0, LISTED) : candidates;
        return "(known " + kind + "s: " + String.join(", ", shown) + (candidates.size() > LISTED ? ", ..." : "") + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
