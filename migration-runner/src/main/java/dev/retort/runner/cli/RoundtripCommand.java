package dev.retort.runner.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.runner.Downgrader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationScript;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.ScratchDatabase;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.TargetDatabase;
import dev.retort.schema.model.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort roundtrip}: on a scratch database, for each migration in order: upgrade, snapshot, downgrade,
 * compare with the snapshot before it, upgrade again. Names the first migration that does not round-trip and shows
 * the difference (exit 1).
 */
@Command(name = "roundtrip", mixinStandardHelpOptions = true,
        description = "Prove on a scratch database that every migration's downgrade restores the schema before it.")
final class RoundtripCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        ScriptCatalog catalog = ScriptCatalog.load(config.migrationLocations());
        catalog.head();   // refuses unmerged heads
        SchemaSnapshots snapshots = new SchemaSnapshots(config);
        DiffEngine engine = new DiffEngine();
        PrintStream quiet = Differences.quiet();
        try (TargetDatabase db = cli.openDatabase(config);
             ScratchDatabase scratch = ScratchDatabase.create(db.server())) {
            MigrationRunner runner = new MigrationRunner(config, scratch.url(), quiet);
            Downgrader downgrader = new Downgrader(runner, quiet);
            SchemaModel before = snapshots.inspect(scratch.url(), null);
            List<MigrationScript> scripts = catalog.scripts();
            for (MigrationScript script : scripts) {
                String name = script.upgrade().getFileName().toString();
                runner.upgrade("+1");
                SchemaModel after = snapshots.inspect(scratch.url(), null);
                if (!script.hasDowngrade()) {
                    cli.out.println("FAIL " + name + ": no downgrade (" + script.expectedDowngradeName() + ")");
                    return RetortCli.DIFFERENCES;
                }
                try {
                    downgrader.downgrade("-1");
                } catch (RetortException e) {
                    cli.out.println("FAIL " + name + ": its downgrade failed: " + e.getMessage());
                    return RetortCli.DIFFERENCES;
                }
                DiffResult back = engine.diff(before, snapshots.inspect(scratch.url(), null));
                if (!back.isEmpty()) {
                    cli.out.println("FAIL " + name + ": after its downgrade the schema differs from before it"
                            + " (what would restore it):");
                    Differences.print(back, cli.out);
                    return RetortCli.DIFFERENCES;
                }
                runner.upgrade("+1");
                SchemaModel again = snapshots.inspect(scratch.url(), null);
                DiffResult redo = engine.diff(after, again);
                if (!redo.isEmpty()) {
                    cli.out.println("FAIL " + name + ": upgrading again after the downgrade gives another schema:");
                    Differences.print(redo, cli.out);
                    return RetortCli.DIFFERENCES;
                }
                cli.out.println("ok   " + name + " (upgrade, downgrade, upgrade)");
                before = again;
            }
            cli.out.println("all " + scripts.size() + " migration" + (scripts.size() == 1 ? "" : "s") + " round-trip");
            return 0;
        }
    }
}
