package dev.retort.runner.lint;

/** Hit is a rule one statement breaks, with what in particular (the table, column or index), before suppression. */
record Hit(LintRule rule, String detail) {
}
