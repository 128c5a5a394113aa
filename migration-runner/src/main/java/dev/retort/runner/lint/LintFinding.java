package dev.retort.runner.lint;

import java.util.Objects;

/**
 * LintFinding is one rule that one statement of one migration file breaks.
 *
 * <pre>{@code
 * finding.toString();
 * // "V1__idx.sql:3: error RL001 blocking-index-build: CREATE INDEX ix_t_a ON t (a) takes a SHARE lock ..."
 * }</pre>
 *
 * @param file      the file's name as given (relative where it was found)
 * @param line      1-based line of the statement's first token (0 for a finding about the whole file)
 * @param statement the statement, on one line and shortened
 * @param detail    what in particular, e.g. the table the statement locks
 */
public record LintFinding(LintRule rule, String file, int line, String statement, String detail) {

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(detail, "detail");
    }

    public LintLevel level() {
        return rule.level();
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String what = statement.isEmpty() ? detail : statement + (detail.isEmpty() ? "" : " (" + detail + ")");
        return where + ": " + rule.level().label() + " " + rule.id() + " " + rule.ruleName() + ": " + what + " "
                + rule.risk() + ". Instead: " + rule.fix() + ".";
    }
}
