package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.runner.MigrationScript;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.TargetDatabase;
import dev.retort.runner.lint.LintReport;
import dev.retort.runner.lint.Linter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort lint [FILES...] [--all] [--format json]}: applies Retort's hazard rules to migration files; by
 * default to the migrations the database has not applied yet. Exit 0 when clean (warnings allowed), 1 with findings
 * of error level.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check migration files for statements that lock, rewrite or lose data (default: pending migrations).",
        footer = {"", "Suppress a finding with a comment on the line above the statement: -- retort:lint-ignore RL008",
                "Exit codes: 0 no errors, 1 findings of error level, 2 usage or runtime error."})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Parameters(arity = "0..*", paramLabel = "<file>", description = "Migration files, linted in the order given")
    List<Path> files = new ArrayList<>();

    @Option(names = "--all", description = "Lint every upgrade migration of the project, needing no database")
    boolean all;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json")
    String format;

    @Option(names = "--rules", description = "List the rules and exit")
    boolean rules;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new RetortException("--format takes text or json, not \"" + format + "\"");
        }
        if (rules) {
            cli.out.print(Linter.rules());
            return 0;
        }
        LintReport report = new Linter().lint(targets(), cli.workingDir);
        cli.out.print(format.equals("json") ? report.json() : report.text());
        return report.exitCode();
    }

    private List<Path> targets() {
        if (!files.isEmpty()) {
            List<Path> resolved = new ArrayList<>();
            for (Path f : files) {
                Path p = cli.workingDir.resolve(f);
                if (!Files.isRegularFile(p)) {
                    throw new RetortException("lint: no file " + f + " (give migration files, or no argument for the"
                            + " pending migrations)");
                }
                resolved.add(p);
            }
            return resolved;
        }
        ProjectConfig config = cli.config();
        List<MigrationScript> scripts;
        if (all) {
            scripts = ScriptCatalog.load(config.migrationLocations()).scripts();
        } else {
            try (TargetDatabase db = cli.openDatabase(config)) {
                scripts = cli.runner(config, db).status().pending();
            }
        }
        if (scripts.isEmpty()) {
            cli.err.println(all ? "no migrations to lint" : "no pending migrations to lint (--all lints every one)");
        }
        return scripts.stream().map(MigrationScript::upgrade).toList();
    }
}
