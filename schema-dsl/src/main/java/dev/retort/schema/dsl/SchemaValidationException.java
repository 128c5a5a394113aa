package dev.retort.schema.dsl;

import java.util.List;

/**
 * SchemaValidationException reports every problem of a schema declaration at once, one line per problem, each
 * naming the object and the fix.
 *
 * <pre>{@code
 * try {
 *     Schema.define(s -> ...);
 * } catch (SchemaValidationException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class SchemaValidationException extends RuntimeException {

    private final List<String> problems;

    public SchemaValidationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found: those only the DSL sees first, then the model's, by object name. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder text = new StringBuilder("the schema has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (String problem : problems) {
            text.append(System.lineSeparator()).append("  - ").append(problem);
        }
        return text.toString();
    }
}
