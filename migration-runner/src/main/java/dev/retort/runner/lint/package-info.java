/**
 * {@code retort lint}: Retort's hazard rules applied to any migration file, statement by statement. Rules are
 * {@link dev.retort.runner.lint.LintRule}s; statements are read as tokens ({@link dev.retort.runner.sql.SqlTokenizer}),
 * so nothing inside a string, a quoted name or a comment can trigger or hide a rule. Adding a rule: a constant in
 * LintRule, its check in StatementChecks or AlterTableChecks, a triggering and a non-triggering case in LinterTest,
 * and a line in the guide's lint page.
 */
package dev.retort.runner.lint;
