package dev.retort.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CodeBlock is one fenced block of a guide page: its info string split into the language and the words after it,
 * and its text. The words are how a page tells the harness what to do with a block:
 *
 * <pre>{@code
 * ```java fragment                      DSL statements on `s`, wrapped in a SchemaDefinition and built
 * ```java fragment error                the same, but building must fail with the message of the next block
 * ```java file=src/main/java/A.java     a file of the page's sample project, compiled with its other sources
 * ```properties file=retort.properties  a file of the page's sample project
 * ```console                            `$ retort ...` lines, each followed by the output it must print
 * ```sql ddl                            what the DSL fragment above creates, as Retort renders it
 * }</pre>
 *
 * @param page     the Markdown file
 * @param line     1-based line of the opening fence
 * @param language the first word of the info string ("" when none)
 * @param words    the other words of the info string
 * @param text     the block's content, ending with a newline unless empty
 */
record CodeBlock(Path page, int line, String language, List<String> words, String text) {

    CodeBlock {
        words = List.copyOf(words);
    }

    boolean has(String word) {
        return words.contains(word);
    }

    /** The value of a {@code key=value} word. */
    Optional<String> attribute(String key) {
        return words.stream().filter(w -> w.startsWith(key + "=")).map(w -> w.substring(key.length() + 1)).findFirst();
    }

    /** Where the block is, for messages: {@code guide/commands.md:42}. */
    String where() {
        Path name = page.getParent() == null ? page.getFileName() : page.getParent().getFileName().resolve(page.getFileName());
        return name + ":" + line;
    }

    @Override
    public String toString() {
        return where() + " ```" + language + (words.isEmpty() ? "" : " " + String.join(" ", words));
    }
}
