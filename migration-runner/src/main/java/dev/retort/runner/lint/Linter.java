package dev.retort.runner.lint;

import dev.retort.runner.sql.SqlTokenizer;
import dev.retort.runner.sql.SqlToken;
import dev.retort.runner.RetortException;
import dev.retort.runner.ScriptName;
import dev.retort.runner.SqlScript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Linter applies Retort's hazard rules ({@link LintRule}) to migration files statement by statement, hand-written
 * ones included. Each file is judged on its own, as production runs it: a table created earlier in the same file is
 * new, so building an index on it or adding a validated key to it locks nobody; a table of any other file may
 * already hold rows wherever the file runs.
 *
 * <pre>{@code
 * LintReport report = new Linter().lint(List.of(Path.of("db/migration/V2__index.sql")));
 * report.errors();      // 1 for a CREATE INDEX without CONCURRENTLY on an existing table
 * report.exitCode();    // 1
 * }</pre>
 */
public final class Linter {

    static final String IGNORE = "retort:lint-ignore";

    /** Lints the files in order; a file that cannot be read is an error naming it. */
    public LintReport lint(List<Path> files) {
        return lint(files, null);
    }

    /** Lints the files in order, naming them in findings relative to {@code base} (when they are under it). */
    public LintReport lint(List<Path> files, Path base) {
        List<LintFinding> findings = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RetortException("cannot read " + file + " to lint it: " + e.getMessage(), e);
            }
            String shown = base != null && file.startsWith(base) ? base.relativize(file).toString() : file.toString();
            findings.addAll(lintText(shown, text, new LintContext()));
            missingDowngrade(file, shown).ifPresent(findings::add);
        }
        return new LintReport(files.size(), findings);
    }

    /** Lints one script's text, named {@code file} in findings. */
    public LintReport lint(String file, String text) {
        return new LintReport(1, lintText(file, text, new LintContext()));
    }

    private static List<LintFinding> lintText(String file, String text, LintContext ctx) {
        SqlScript script = SqlScript.parse(text);
        String[] lines = text.split("\n", -1);
        List<SqlScript.Statement> statements = script.statements();
        List<List<SqlToken>> tokens = statements.stream().map(s -> SqlTokenizer.tokenize(s.sql())).toList();
        long concurrent = tokens.stream().filter(StatementChecks::concurrent).count();
        boolean mixed = concurrent > 0 && concurrent < statements.size();
        List<LintFinding> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            SqlScript.Statement statement = statements.get(i);
            List<Hit> hits = new ArrayList<>();
            if (mixed && StatementChecks.concurrent(tokens.get(i))) {
                hits.add(new Hit(LintRule.CONCURRENTLY_IN_TRANSACTION, "the file has " + (statements.size() - concurrent)
                        + " other statement" + (statements.size() - concurrent == 1 ? "" : "s")));
            }
            StatementChecks.check(tokens.get(i), ctx, hits::add);
            Set<String> ignored = ignoredRules(lines, statement);
            for (Hit hit : hits) {
                if (!ignored.contains("*") && !ignored.contains(hit.rule().id())) {
                    out.add(new LintFinding(hit.rule(), file, statement.line(), statement.brief(), hit.detail()));
                }
            }
        }
        return out;
    }

    /**
     * Rule ids named by {@code -- retort:lint-ignore RL001 RL008} comments on the line above the statement or on its
     * own lines; "*" when a marker names none (every rule).
     */
    private static Set<String> ignoredRules(String[] lines, SqlScript.Statement statement) {
        Set<String> ids = new java.util.HashSet<>();
        int from = Math.max(1, statement.line() - 1);
        int to = Math.min(lines.length, statement.endLine());
        for (int line = from; line <= to; line++) {
            String text = lines[line - 1];
            int at = text.indexOf(IGNORE);
            if (at < 0) {
                continue;
            }
            List<String> named = Arrays.stream(text.substring(at + IGNORE.length()).trim().split("[\\s,]+"))
                    .map(w -> w.toUpperCase(Locale.ROOT)).filter(w -> w.matches("RL\\d{3}")).toList();
            ids.addAll(named.isEmpty() ? List.of("*") : named);
        }
        return ids;
    }

    private static Optional<LintFinding> missingDowngrade(Path file, String shown) {
        Optional<ScriptName> name = ScriptName.parse(file.getFileName().toString());
        if (name.isEmpty() || !name.get().isUpgrade()) {
            return Optional.empty();
        }
        String downgrade = name.get().downgrade().fileName();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && Files.exists(parent.resolve(downgrade))) {
            return Optional.empty();
        }
        return Optional.of(new LintFinding(LintRule.MISSING_DOWNGRADE, shown, 0, "",
                "no " + downgrade + " beside it"));
    }

    /** Every rule, for the guide and {@code retort lint --rules}. */
    public static String rules() {
        return Arrays.stream(LintRule.values())
                .map(r -> r.id() + " " + r.ruleName() + " (" + r.level().label() + "): " + r.risk() + ". Instead: "
                        + r.fix() + ".")
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
