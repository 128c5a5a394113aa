package dev.retort.runner.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.runner.DefinitionLoader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationScript;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.ScratchDatabase;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.ScriptFiles;
import dev.retort.runner.TargetDatabase;
import dev.retort.runner.Versions;
import dev.retort.schema.model.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort merge}: when branches each added migrations from the same parent, records one order (Flyway's
 * version order) in a merge migration whose parents are all the heads, after verifying on a scratch database that
 * the chain in that order still produces the declaration.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join several heads into one order, verified to still produce the declaration.")
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        ScriptCatalog catalog = ScriptCatalog.load(config.migrationLocations());
        List<String> heads = catalog.heads();
        if (heads.size() < 2) {
            cli.out.println("nothing to merge: " + (heads.isEmpty() ? "no migrations" : "one head (" + heads.get(0) + ")"));
            return 0;
        }
        SchemaModel declared = DefinitionLoader.load(config);
        SchemaSnapshots snapshots = new SchemaSnapshots(config);
        try (TargetDatabase db = cli.openDatabase(config)) {
            cli.runner(config, db).verifyApplied("merge");
            SchemaModel merged;
            try (ScratchDatabase scratch = ScratchDatabase.create(db.server())) {
                new MigrationRunner(config, scratch.url(), Differences.quiet()).upgrade("head", true);
                merged = snapshots.inspect(scratch.url(), declared);
            }
            DiffResult result = new DiffEngine().diff(merged, snapshots.normalize(declared, db.server()));
            if (!result.isEmpty()) {
                cli.out.println("the merged chain (in version order) does not produce the declaration; nothing written."
                        + " Differences:");
                Differences.print(result, cli.out);
                return RetortCli.DIFFERENCES;
            }
        }
        String order = String.join(" ", catalog.scripts().stream().map(MigrationScript::version).toList());
        String version = Versions.next(catalog, clock);
        String body = "-- retort:order " + order + "\n"
                + "-- Retort merge of heads " + String.join(", ", heads) + ": no statements. Flyway applies the\n"
                + "-- migrations in version order (the order above), which was verified to produce the declaration.\n";
        List<Path> files = ScriptFiles.write(config.primaryLocation(), version, "merge " + String.join(" ", heads),
                heads, body, "-- Retort downgrade of merge " + version + ": no statements.\n");
        cli.out.println("merged heads " + String.join(", ", heads) + " in the order " + order);
        files.forEach(f -> cli.out.println("wrote " + RevisionCommand.shown(config, f)));
        return 0;
    }
}
