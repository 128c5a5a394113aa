package dev.retort.runner.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.unmanaged.UnmanagedComparison.Scope;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.runner.DefinitionLoader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationStatus;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.RevisionMessage;
import dev.retort.runner.RevisionParts;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.ScriptFiles;
import dev.retort.runner.ScriptName;
import dev.retort.runner.TargetDatabase;
import dev.retort.runner.Versions;
import dev.retort.runner.lint.LintReport;
import dev.retort.runner.lint.Linter;
import dev.retort.schema.model.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort revision -m "msg" [--autogenerate] [--allow-destructive]}: a new migration pair, empty (a template
 * for data migrations) or generated from diff(database at head, declaration).
 */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a new migration pair: a template, or generated with --autogenerate.")
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does (names the files)")
    String message;

    @Option(names = "--autogenerate", description = "Generate from the difference between the database at head and the declaration")
    boolean autogenerate;

    @Option(names = "--lock-safe", arity = "0..1", defaultValue = "true", fallbackValue = "true", paramLabel = "true|false",
            description = "Plan forms that keep the database serving, e.g. CREATE INDEX CONCURRENTLY on existing tables"
                    + " (default true; --lock-safe=false for empty or development databases)")
    boolean lockSafe = true;

    @Option(names = "--allow-destructive", description = "Write changes that delete data (drops, narrowing types)")
    boolean allowDestructive;

    @Option(names = "--allow-unmanaged-dependents", description = "Write drops and type changes that objects Retort"
            + " does not manage (views, triggers ...) depend on, marked HAS_UNTRACKABLE_DEPENDENCIES")
    boolean allowUnmanagedDependents;

    private static final java.util.Set<String> SERIOUS = java.util.Set.of("DELETES_DATA", "IRREVERSIBLE",
            "TABLE_REWRITE", "NOT_TRANSACTIONAL", "HAS_UNTRACKABLE_DEPENDENCIES");

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        message = RevisionMessage.oneLine(message);   // one comment line, never SQL
        ProjectConfig config = cli.config();
        ScriptCatalog catalog = ScriptCatalog.load(config.migrationLocations());
        List<String> heads = catalog.heads();
        if (heads.size() > 1) {
            throw new RetortException("the migrations have " + heads.size() + " heads (" + String.join(", ", heads)
                    + "); run `retort merge` before writing a new migration");
        }
        String parent = heads.isEmpty() ? "base" : heads.get(0);
        String version = Versions.next(catalog, clock);
        if (!autogenerate) {
            List<Path> files = ScriptFiles.write(config.primaryLocation(), version, message, List.of(parent),
                    Templates.upgrade(message), Templates.downgrade(message, version));
            files.forEach(f -> cli.out.println("wrote " + shown(config, f)));
            return 0;
        }
        SchemaModel declared = DefinitionLoader.load(config);
        SchemaSnapshots snapshots = new SchemaSnapshots(config);
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationRunner runner = cli.runner(config, db);
            MigrationStatus status = runner.status();
            if (!status.pending().isEmpty()) {
                if (!db.isDevelopment()) {
                    throw new RetortException(db.url().redacted() + " is not at head (" + status.pending().size()
                            + " pending); upgrade it first, or generate against the development database (no --url)");
                }
                cli.out.println("bringing the development database to head first");
                runner.upgrade("head");
            }
            Inspection live = snapshots.inspection(db.url(), declared);
            Inspection wanted = snapshots.normalization(declared, db.server());
            DiffResult diff = Differences.guarded(Differences.compare(live, wanted, Scope.SCHEMAS, lockSafe), live, wanted,
                    allowUnmanagedDependents, false);
            Differences.printUnmanaged(diff, cli.err);
            if (diff.isEmpty()) {
                cli.out.println("no changes: the database at head matches the declaration; nothing written");
                return 0;
            }
            if (diff.changes().isEmpty()) {
                cli.out.println("no changes Retort can write, but the database at head differs from the declaration"
                        + " in what Retort does not manage (listed on stderr); nothing written. Write that migration"
                        + " by hand: retort revision -m \"...\"");
                return 0;
            }
            cli.out.println(diff.changes().size() + " change" + (diff.changes().size() == 1 ? "" : "s") + ":");
            Differences.print(diff, cli.out);
            cli.out.println("hazards: " + (diff.upgrade().hazards().isEmpty() ? "none" : diff.upgrade().hazards()));
            for (PlannedStatement s : diff.upgrade().statements()) {
                // the kinds a reviewer must look at one by one; lock hazards are in the script's comments
                if (s.hazards().stream().anyMatch(h -> SERIOUS.contains(h.name()))) {
                    cli.out.println("hazard " + s.hazards() + ": " + s.sql().replaceAll("\\s+", " "));
                }
            }
            if (diff.isDestructive() && !allowDestructive) {
                throw new RetortException("refusing to write a destructive migration ("
                        + diff.upgrade().destructiveStatements().size() + " statement(s) delete data or cannot be"
                        + " undone, listed above); nothing written. Pass --allow-destructive if that is intended");
            }
            List<Path> files = new ArrayList<>();
            String previous = parent;
            String v = version;
            for (RevisionParts.Part part : RevisionParts.of(diff, message)) {
                List<Path> pair = ScriptFiles.write(config.primaryLocation(), v, message, List.of(previous),
                        part.upgradeSql(), part.downgradeSql());
                files.addAll(pair);
                // Flyway runs a file in a transaction unless a statement of it cannot (CONCURRENTLY) or it is marked
                if (part.commits()) {
                    files.addAll(ScriptFiles.markNonTransactional(pair));
                }
                previous = v;
                v = Versions.after(v);
            }
            files.forEach(f -> cli.out.println("wrote " + shown(config, f)));
            lint(config, files);
            return 0;
        }
    }

    // what lint finds in the written upgrades is shown, never fatal: the plan is what the declaration asks for
    private void lint(ProjectConfig config, List<Path> files) {
        List<Path> upgrades = files.stream()
                .filter(f -> ScriptName.parse(f.getFileName().toString()).map(ScriptName::isUpgrade).orElse(false))
                .toList();
        LintReport report = new Linter().lint(upgrades, config.root());
        cli.out.println("lint: " + (report.findings().isEmpty() ? "no findings" : report.summary()));
        report.findings().forEach(f -> cli.out.println("  " + f));
    }

    static String shown(ProjectConfig config, Path file) {
        return file.startsWith(config.root()) ? config.root().relativize(file).toString() : file.toString();
    }
}
