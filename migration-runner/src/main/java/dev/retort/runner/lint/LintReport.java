package dev.retort.runner.lint;

import java.util.List;
import java.util.stream.Collectors;

/**
 * LintReport is what {@link Linter} found in a set of migration files.
 *
 * <pre>{@code
 * LintReport report = new Linter().lint("V1__x.sql", "CREATE INDEX ix ON t (a);");
 * report.text();   // one line per finding, then a summary line
 * report.json();   // {"files":1,"errors":1,"warnings":0,"findings":[{"rule":"RL001",...}]}
 * }</pre>
 */
public record LintReport(int files, List<LintFinding> findings) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(f -> f.level() == LintLevel.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.level() == LintLevel.WARNING).count();
    }

    /** 0 without error-level findings, 1 with any. */
    public int exitCode() {
        return errors() > 0 ? 1 : 0;
    }

    /** One summary line: {@code "2 files: 1 error, 0 warnings"}. */
    public String summary() {
        return files + " file" + (files == 1 ? "" : "s") + ": " + errors() + " error" + (errors() == 1 ? "" : "s")
                + ", " + warnings() + " warning" + (warnings() == 1 ? "" : "s");
    }

    /** Each finding on a line of its own, then the summary. */
    public String text() {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f).append('\n'));
        return out.append(summary()).append('\n').toString();
    }

    /**
     * The report as JSON for CI bots: {@code files}, {@code errors}, {@code warnings} and {@code findings}, each
     * with {@code rule}, {@code name}, {@code level}, {@code file}, {@code line}, {@code statement}, {@code detail},
     * {@code risk} and {@code fix}.
     */
    public String json() {
        String items = findings.stream().map(f -> "{\"rule\":" + quote(f.rule().id())
                        + ",\"name\":" + quote(f.rule().ruleName()) + ",\"level\":" + quote(f.level().label())
                        + ",\"file\":" + quote(f.file()) + ",\"line\":" + f.line()
                        + ",\"statement\":" + quote(f.statement()) + ",\"detail\":" + quote(f.detail())
                        + ",\"risk\":" + quote(f.rule().risk()) + ",\"fix\":" + quote(f.rule().fix()) + "}")
                .collect(Collectors.joining(","));
        return "{\"files\":" + files + ",\"errors\":" + errors() + ",\"warnings\":" + warnings()
                + ",\"findings\":[" + items + "]}\n";
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
