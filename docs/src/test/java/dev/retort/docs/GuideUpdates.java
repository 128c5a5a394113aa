package dev.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GuideUpdates collects, in update mode ({@code -Dretort.docs.update=true}), the transcript outputs of one page that
 * no longer match the real ones, and rewrites them in the page when the page is done. Outputs with placeholders
 * ({@code <timestamp>} ...) are never rewritten: they fail as usual and are fixed by hand. Review the rewrite with
 * {@code git diff} like any other change.
 */
final class GuideUpdates {

    private final Path page;
    private final List<Edit> edits = new ArrayList<>();

    GuideUpdates(Path page) {
        this.page = page;
    }

    /** Whether {@code expected} may be rewritten: update mode is on and the guide's text has no placeholder. */
    static boolean mayRewrite(String expected) {
        return Guide.update() && !expected.matches("(?s).*<(timestamp|duration|n|port|checksum|any)>.*");
    }

    /** Replaces {@code count} lines of the page starting at 0-based line {@code from} with {@code text}. */
    void replace(int from, int count, String text) {
        edits.add(new Edit(from, count, text.isEmpty() ? List.of() : List.of(text.split("\n", -1))));
    }

    /** Writes the collected edits into the page (last first, so earlier line numbers stay right). */
    void apply() {
        if (edits.isEmpty()) {
            return;
        }
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
            edits.sort(Comparator.comparingInt(Edit::from).reversed());
            for (Edit e : edits) {
                List<String> range = lines.subList(e.from(), e.from() + e.count());
                range.clear();
                range.addAll(e.lines());
            }
            Files.writeString(page, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Edit(int from, int count, List<String> lines) {
    }
}
