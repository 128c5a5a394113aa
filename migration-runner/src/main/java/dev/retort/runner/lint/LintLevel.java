package dev.retort.runner.lint;

/** LintLevel says whether a finding fails {@code retort lint} (ERROR, exit 1) or is only shown (WARNING). */
public enum LintLevel {
    ERROR,
    WARNING;

    /** Lower-case label for reports: {@code "error"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
