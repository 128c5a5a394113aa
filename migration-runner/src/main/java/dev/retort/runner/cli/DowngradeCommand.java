package dev.retort.runner.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.runner.Downgrader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code retort downgrade <version>|-N|base}: runs downgrade scripts newest first. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert migrations newest first; each downgrade and its history row in one transaction.")
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Parameters(paramLabel = "<target>", description = "a version (stays applied), -N for the last N, or base")
    String target;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationRunner runner = cli.runner(config, db);
            cli.out.println("downgrading " + db.url().redacted());
            List<String> reverted = new Downgrader(runner, cli.out).downgrade(target);
            cli.out.println((reverted.isEmpty() ? "nothing to revert" : reverted.size() + " migration"
                    + (reverted.size() == 1 ? "" : "s") + " reverted") + "; database at "
                    + Position.of(runner.status()) + "; " + runner.counts().withDetail());
            return 0;
        }
    }
}
