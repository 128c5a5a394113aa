package dev.retort.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationScript;
import dev.retort.runner.MigrationStatus;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.SchemaCounts;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort upgrade [head|<version>|+N]}: applies pending migrations through Flyway. With {@code --sql} it
 * prints the scripts that would run, in order, and runs nothing (Alembic's offline mode, for a DBA to review).
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply pending migrations through Flyway, holding the migration lock.")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "<target>",
            description = "head (default), a version, or +N for the next N migrations")
    String target;

    @Option(names = "--sql", description = "Print the SQL that would run (pending scripts up to the target); run nothing")
    boolean sql;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationRunner runner = cli.runner(config, db);
            if (sql) {
                printSql(runner.status());
                return 0;
            }
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

    private void printSql(MigrationStatus status) {
        List<MigrationScript> pending = status.pending();
        List<MigrationScript> run;
        if (target.equals("head")) {
            run = pending;
        } else if (target.startsWith("+")) {
            int n;
            try {
                n = Integer.parseInt(target.substring(1));
            } catch (NumberFormatException e) {
                throw new RetortException("not a step count: " + target + "; write e.g. +1");
            }
            if (n < 1 || n > pending.size()) {
                throw new RetortException("cannot upgrade " + target + ": " + pending.size() + " migration"
                        + (pending.size() == 1 ? " is" : "s are") + " pending");
            }
            run = pending.subList(0, n);
        } else {
            if (status.catalog().find(target).isEmpty()) {
                throw new RetortException("no migration with version " + target + "; `retort history` lists them");
            }
            run = pending.stream().filter(p -> ScriptCatalog.compare(p.version(), target) <= 0).toList();
        }
        if (run.isEmpty()) {
            cli.out.println("-- nothing to apply: the database is at " + Position.of(status));
            return;
        }
        cli.out.println("-- " + run.size() + " migration" + (run.size() == 1 ? "" : "s") + " from "
                + status.current().orElse("base") + " (printed by retort upgrade --sql; nothing was run)");
        for (MigrationScript s : run) {
            cli.out.println();
            cli.out.println("-- " + s.upgrade().getFileName());
            try {
                cli.out.print(Files.readString(s.upgrade()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + s.upgrade() + ": " + e.getMessage(), e);
            }
        }
    }
}
