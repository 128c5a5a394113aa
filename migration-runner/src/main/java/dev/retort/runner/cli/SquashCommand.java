package dev.retort.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import dev.retort.runner.RetortException;
import dev.retort.runner.RevisionMessage;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.ScriptFiles;
import dev.retort.runner.Stamper;
import dev.retort.runner.TargetDatabase;
import dev.retort.runner.Versions;
import dev.retort.schema.model.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort squash [--force]} (clean schema creation): replaces the chain by one baseline generated from the
 * declaration, moving the old scripts to {@code migration-archive/<version>/} beside the migrations folder. The
 * development database is rebuilt from the baseline; any other database only with {@code --force}, and only when it
 * already matches the declaration (its history is then rewritten to the baseline).
 */
@Command(name = "squash", mixinStandardHelpOptions = true,
        description = "Replace all migrations by one baseline generated from the declaration; archive the old ones.")
final class SquashCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--force", description = "Allow a database other than the embedded development one")
    boolean force;

    @Option(names = {"-m", "--message"}, defaultValue = "baseline", description = "Description of the baseline (default: baseline)")
    String message;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        message = RevisionMessage.oneLine(message);
        ProjectConfig config = cli.config();
        SchemaModel declared = DefinitionLoader.load(config);
        SchemaSnapshots snapshots = new SchemaSnapshots(config);
        try (TargetDatabase db = cli.openDatabase(config)) {
            if (!db.isDevelopment() && !force) {
                throw new RetortException("refusing to squash with " + db.url().redacted() + ": it is not the embedded"
                        + " development database. Pass --force if this database may have its history rewritten");
            }
            SchemaModel wanted = snapshots.normalize(declared, db.server());
            if (!db.isDevelopment()) {
                cli.runner(config, db).verifyApplied("squash");
                DiffResult drift = new DiffEngine().diff(snapshots.inspect(db.url(), declared), wanted);
                if (!drift.isEmpty()) {
                    cli.out.println(db.url().redacted() + " does not match the declaration, so a baseline cannot stand"
                            + " for it; nothing changed. Differences:");
                    Differences.print(drift, cli.out);
                    return RetortCli.DIFFERENCES;
                }
            }
            ScriptCatalog catalog = ScriptCatalog.load(config.migrationLocations());
            String version = Versions.next(catalog, clock);
            Path archive = config.primaryLocation().resolveSibling("migration-archive").resolve(version);
            archive(catalog, archive);
            DiffResult create = new DiffEngine().diff(SchemaModel.empty().withSchemas(wanted.schemas()), wanted);
            List<Path> files = ScriptFiles.write(config.primaryLocation(), version, message, List.of(MigrationScript.BASE),
                    create.upgradeScript(message).sql(), create.downgradeScript("downgrade of " + message).sql());
            cli.out.println("archived " + catalog.scripts().size() + " migration" + (catalog.scripts().size() == 1 ? "" : "s")
                    + " in " + RevisionCommand.shown(config, archive));
            files.forEach(f -> cli.out.println("wrote " + RevisionCommand.shown(config, f)));
            MigrationRunner runner = cli.runner(config, db);
            if (db.isDevelopment()) {
                String name = db.url().database();
                db.server().dropDatabase(name);
                db.server().createDatabase(name, "template0");
                runner.upgrade("head");
            } else {
                Stamper stamper = new Stamper(runner, Differences.quiet());
                // the applied files were archived on purpose: the history is rewritten to the baseline
                stamper.rewriteHistory("base");
                stamper.rewriteHistory(version);
            }
            cli.out.println("database at " + Position.of(runner.status()) + "; " + runner.counts().withDetail());
            return 0;
        }
    }

    private void archive(ScriptCatalog catalog, Path archive) {
        try {
            Files.createDirectories(archive);
            for (MigrationScript s : catalog.scripts()) {
                Files.move(s.upgrade(), archive.resolve(s.upgrade().getFileName()));
                if (s.hasDowngrade()) {
                    Files.move(s.downgrade(), archive.resolve(s.downgrade().getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive the old migrations into " + archive + ": " + e.getMessage(), e);
        }
    }
}
