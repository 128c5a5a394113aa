package dev.retort.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcript is a ```console block read into its commands: each {@code $ } line with the output that follows it
 * up to the next {@code $ } line. A command that must fail says so in a trailing comment, {@code # exits 1}.
 *
 * <pre>{@code
 * $ retort current
 * base (2 pending)
 * $ retort check   # exits 1
 * ...
 * }</pre>
 */
record Transcript(List<Step> steps) {

    private static final Pattern EXITS = Pattern.compile("\\s+#\\s*exits\\s+(\\d+)\\s*$");

    Transcript {
        steps = List.copyOf(steps);
    }

    static Transcript parse(CodeBlock block) {
        List<Step> steps = new ArrayList<>();
        String command = null;
        int line = 0;
        StringBuilder output = new StringBuilder();
        String[] lines = block.text().replaceFirst("\n$", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("$ ")) {
                if (command != null) {
                    steps.add(step(command, line, output.toString()));
                }
                command = l.substring(2).strip();
                line = block.line() + 1 + i;
                output.setLength(0);
            } else if (command == null) {
                if (!l.isBlank()) {
                    throw new AssertionError(block.where() + ": a console block starts with a `$ ` command line");
                }
            } else {
                output.append(l).append('\n');
            }
        }
        if (command != null) {
            steps.add(step(command, line, output.toString()));
        }
        return new Transcript(steps);
    }

    private static Step step(String commandLine, int line, String output) {
        int exit = 0;
        Matcher m = EXITS.matcher(commandLine);
        if (m.find()) {
            exit = Integer.parseInt(m.group(1));
            commandLine = commandLine.substring(0, m.start());
        }
        return new Step(line, words(commandLine), output, exit);
    }

    /** Splits a command line into words the way a POSIX shell does for plain, '…' and "…" words. */
    static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < commandLine.length(); i++) {
            char c = commandLine.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < commandLine.length()) {
                    word.append(commandLine.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < commandLine.length()) {
                    word.append(commandLine.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new AssertionError("unbalanced quote in: " + commandLine);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * One command of a transcript.
     *
     * @param line   line of the {@code $ } in the page
     * @param words  the command's words ({@code retort}, {@code upgrade}, ...)
     * @param output what the guide says it prints
     * @param exit   the exit code the guide says it ends with
     */
    record Step(int line, List<String> words, String output, int exit) {

        Step {
            words = List.copyOf(words);
        }

        String commandLine() {
            return String.join(" ", words);
        }
    }
}
