package dev.retort.runner.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationStatus;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.SchemaCounts;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code retort upgrade [head|<version>|+N]}: applies pending migrations through Flyway. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply pending migrations through Flyway, holding the migration lock.")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "<target>",
            description = "head (default), a version, or +N for the next N migrations")
    String target;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationRunner runner = cli.runner(config, db);
            cli.out.println("upgrading " + db.url().redacted());
            List<String> applied = runner.upgrade(target);
            MigrationStatus status = runner.status();
            SchemaCounts counts = runner.counts();
            cli.out.println((applied.isEmpty() ? "nothing to apply" : applied.size() + " migration"
                    + (applied.size() == 1 ? "" : "s") + " applied") + "; database at " + Position.of(status) + "; "
                    + counts + " in " + String.join(", ", config.schemas()) + counts.detail());
            return 0;
        }
    }
}
