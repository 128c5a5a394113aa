package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.Stamper;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code retort stamp <version>|head|base}: records a version without running migrations. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record a version in the history without running any migration (recovery).")
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Parameters(paramLabel = "<target>", description = "a version, head or base")
    String target;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationRunner runner = cli.runner(config, db);
            String version = new Stamper(runner, cli.out).stamp(target);
            cli.out.println("stamped " + version + "; database at " + Position.of(runner.status()));
            return 0;
        }
    }
}
