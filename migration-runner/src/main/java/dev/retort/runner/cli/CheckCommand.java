package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.runner.DefinitionLoader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.ScratchDatabase;
import dev.retort.runner.TargetDatabase;
import dev.retort.schema.model.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort check [--migrations]}: exit 0 when the live database (or, with {@code --migrations}, the whole
 * chain applied to a scratch database) matches the declaration after normalization; exit 1 listing differences.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the database (or the migration chain) with the declaration; exit 1 on differences.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--migrations",
            description = "Apply every migration to a scratch database and check that the result is the declaration")
    boolean migrations;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        SchemaModel declared = DefinitionLoader.load(config);
        SchemaSnapshots snapshots = new SchemaSnapshots(config);
        try (TargetDatabase db = cli.openDatabase(config)) {
            SchemaModel actual;
            String subject;
            if (migrations) {
                try (ScratchDatabase scratch = ScratchDatabase.create(db.server())) {
                    new MigrationRunner(config, scratch.url(), Differences.quiet()).upgrade("head");
                    actual = snapshots.inspect(scratch.url(), declared);
                }
                subject = "the migration chain";
            } else {
                actual = snapshots.inspect(db.url(), declared);
                subject = "database " + db.url().redacted();
            }
            SchemaModel wanted = snapshots.normalize(declared, db.server());
            DiffResult result = new DiffEngine().diff(actual, wanted);
            if (result.isEmpty()) {
                cli.out.println("ok: " + subject + " matches the declaration " + config.definitionClass() + " ("
                        + Differences.summary(wanted) + ")");
                return 0;
            }
            cli.out.println(subject + " differs from the declaration " + config.definitionClass() + ": "
                    + result.changes().size() + " difference" + (result.changes().size() == 1 ? "" : "s")
                    + " (what a migration would have to do):");
            Differences.print(result, cli.out);
            cli.out.println(migrations ? "write the missing migration: retort revision --autogenerate -m \"...\""
                    : "bring it up to date: retort upgrade head, or write a migration: retort revision --autogenerate -m \"...\"");
            return RetortCli.DIFFERENCES;
        }
    }
}
