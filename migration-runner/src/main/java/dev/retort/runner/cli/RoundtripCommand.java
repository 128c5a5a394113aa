package dev.retort.runner.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.diff.DiffResult;
import dev.retort.diff.compare.ColumnOrder;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.unmanaged.UnmanagedComparison.Scope;
import dev.retort.runner.Downgrader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationScript;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.ScratchDatabase;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort roundtrip}: on a scratch database, for each migration in order: upgrade, snapshot, downgrade,
 * compare with the snapshot before it, upgrade again. Names the first migration that does not round-trip and shows
 * the difference (exit 1; 3 when it is in what Retort does not manage, e.g. a view the downgrade leaves behind).
 * A table whose columns come back in another order (a dropped middle column added back last) is a warning.
 * Views, functions and grants the migrations create are compared too.
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
        PrintStream quiet = Differences.quiet();
        try (TargetDatabase db = cli.openDatabase(config);
             ScratchDatabase scratch = ScratchDatabase.create(db.server())) {
            MigrationRunner runner = new MigrationRunner(config, scratch.url(), quiet);
            Downgrader downgrader = new Downgrader(runner, quiet);
            Inspection before = snapshots.inspection(scratch.url(), null);
            List<MigrationScript> scripts = catalog.scripts();
            for (MigrationScript script : scripts) {
                String name = script.upgrade().getFileName().toString();
                runner.upgrade("+1");
                Inspection after = snapshots.inspection(scratch.url(), null);
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
                Inspection restored = snapshots.inspection(scratch.url(), null);
                DiffResult back = Differences.compare(before, restored, Scope.SCHEMAS);
                if (!back.isEmpty()) {
                    cli.out.println("FAIL " + name + ": after its downgrade the schema differs from before it"
                            + " (what would restore it):");
                    Differences.print(back, cli.out);
                    Differences.printUnmanaged(back, cli.err);
                    return Differences.exitCode(back, RetortCli.DIFFERENCES);
                }
                runner.upgrade("+1");
                Inspection again = snapshots.inspection(scratch.url(), null);
                DiffResult redo = Differences.compare(after, again, Scope.SCHEMAS);
                if (!redo.isEmpty()) {
                    cli.out.println("FAIL " + name + ": upgrading again after the downgrade gives another schema:");
                    Differences.print(redo, cli.out);
                    Differences.printUnmanaged(redo, cli.err);
                    return Differences.exitCode(redo, RetortCli.DIFFERENCES);
                }
                cli.out.println("ok   " + name + " (upgrade, downgrade, upgrade)");
                // equal up to the order of columns, which no migration can change: said, not passed over
                List<String> reordered = new java.util.ArrayList<>(ColumnOrder.warnings(restored.model(), before.model()));
                reordered.addAll(ColumnOrder.warnings(again.model(), after.model()));
                reordered.stream().distinct().forEach(w -> cli.out.println("warning " + name + ": " + w));
                before = again;
            }
            cli.out.println("all " + scripts.size() + " migration" + (scripts.size() == 1 ? "" : "s") + " round-trip");
            return 0;
        }
    }
}
