package dev.retort.runner.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.Repairer;
import dev.retort.runner.ScriptMismatch;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code retort repair --yes}: records intended edits of applied migration files in the history. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Accept intended edits of applied migrations: record their files' checksums in the history.")
final class RepairCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--yes", description = "Confirm: the database already matches the edited files")
    boolean yes;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationRunner runner = cli.runner(config, db);
            List<ScriptMismatch> accepted = new Repairer(runner, cli.out).repair(yes);
            cli.out.println(accepted.isEmpty() ? "nothing to repair: every applied migration matches its file"
                    : accepted.size() + " file" + (accepted.size() == 1 ? "" : "s") + " recorded as they are now");
            return 0;
        }
    }
}
