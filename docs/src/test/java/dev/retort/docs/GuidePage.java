package dev.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GuidePage is one Markdown file of the guide, read into its fenced code blocks, links and headings: what the
 * tests execute and check.
 *
 * <pre>{@code
 * GuidePage page = GuidePage.read(Path.of("docs/guide/commands.md"));
 * page.blocks();      // every fenced block, in order
 * page.directive("project");   // the value of <!-- docs-test: project=vibes -->, if any
 * }</pre>
 */
record GuidePage(Path file, List<String> lines, List<CodeBlock> blocks) {

    // CommonMark: up to three spaces of indent, and no backtick in the info string of a backtick fence
    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}(?=[^`]*$)|~{3,})\\s*(.*)$");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]*)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern DIRECTIVE = Pattern.compile("<!--\\s*docs-test:\\s*(.*?)\\s*-->");

    GuidePage {
        lines = List.copyOf(lines);
        blocks = List.copyOf(blocks);
    }

    static GuidePage read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CodeBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(2);
            List<String> info = Arrays.stream(open.group(3).trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            StringBuilder text = new StringBuilder();
            int start = i;
            for (i++; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    break;
                }
                text.append(stripIndent(line, open.group(1).length())).append('\n');
            }
            if (i == lines.size()) {
                throw new IllegalStateException(file + ":" + (start + 1) + ": code block is never closed");
            }
            String language = info.isEmpty() ? "" : info.get(0).toLowerCase(Locale.ROOT);
            blocks.add(new CodeBlock(file, start + 1, language, info.isEmpty() ? List.of() : info.subList(1, info.size()),
                    text.toString()));
        }
        return new GuidePage(file, lines, blocks);
    }

    /** Every Markdown page under {@code dir}, sorted. */
    static List<GuidePage> all(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.toString().contains("/target/"))
                    .sorted().map(GuidePage::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a page directive {@code <!-- docs-test: key=value -->} outside code blocks. */
    Optional<String> directive(String key) {
        for (String line : prose()) {
            Matcher m = DIRECTIVE.matcher(line);
            while (m.find()) {
                for (String word : m.group(1).split("\\s+")) {
                    if (word.startsWith(key + "=")) {
                        return Optional.of(word.substring(key.length() + 1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Link targets written in the page's prose (not in code blocks), with their line numbers. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        boolean inBlock = false;
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher f = FENCE.matcher(line);
            if (f.matches() && (!inBlock || line.strip().startsWith(fence))) {
                inBlock = !inBlock;
                fence = f.group(2);
                continue;
            }
            if (inBlock) {
                continue;
            }
            Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find()) {
                links.add(new Link(i + 1, m.group(2)));
            }
        }
        return links;
    }

    /** GitHub's anchors of the page's headings: lower case, punctuation dropped, spaces to hyphens. */
    List<String> anchors() {
        List<String> anchors = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock && line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").strip();
                String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = slug;
                for (int n = 1; anchors.contains(unique); n++) {
                    unique = slug + "-" + n;
                }
                anchors.add(unique);
            }
        }
        return anchors;
    }

    private List<String> prose() {
        List<String> prose = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inBlock = !inBlock;
            } else if (!inBlock) {
                prose.add(line);
            }
        }
        return prose;
    }

    private static String stripIndent(String line, int indent) {
        int n = 0;
        while (n < indent && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(n);
    }

    /** A link of the page: where it is and where it points. */
    record Link(int line, String target) {
    }
}
