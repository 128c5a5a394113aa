package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.runner.MigrationStatus;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code retort current}: the database's version, "(head)" when nothing is pending, else the pending count. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the database's current version.")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationStatus status = cli.runner(config, db).status();
            cli.out.println(Position.of(status));
            if (!status.failed().isEmpty()) {
                cli.out.println("failed outside a transaction (upgrade resumes it): " + status.failed().get(0).script());
            }
            return 0;
        }
    }
}
