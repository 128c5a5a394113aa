package dev.retort.runner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.retort.diff.DiffResult;
import dev.retort.diff.compare.ColumnOrder;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.unmanaged.UnmanagedComparison.Scope;
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
 * chain applied to a scratch database) matches the declaration after normalization; exit 1 listing differences,
 * 3 when some are in what Retort does not manage (views, triggers, grants ... the declaration cannot have).
 * With {@code --format json}: {@code {"checked": "database" or "migrations", "database": url or null,
 * "definition", "outcome": "equal" | "differences" | "unmanaged differences", "exitCode", "tables", "indexes",
 * "warnings": [...], "changes": [{"change", "hazards"}], "unmanaged": [{"subject", "side", "from", "to",
 * "description"}]}}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the database (or the migration chain) with the declaration; exit 1 on differences.",
        footer = {"", "Exit codes: 0 equal, 1 differences a migration can fix, 3 differences in what Retort does"
                + " not manage (each named), 2 error."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--migrations",
            description = "Apply every migration to a scratch database and check that the result is the declaration")
    boolean migrations;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text (default) or json: {\"checked\", \"database\", \"definition\", \"outcome\","
                    + " \"exitCode\", \"tables\", \"indexes\", \"warnings\", \"changes\", \"unmanaged\"}")
    OutputFormat format;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        SchemaModel declared = DefinitionLoader.load(config);
        SchemaSnapshots snapshots = new SchemaSnapshots(config);
        try (TargetDatabase db = cli.openDatabase(config)) {
            Inspection actual;
            String subject;
            if (migrations) {
                try (ScratchDatabase scratch = ScratchDatabase.create(db.server())) {
                    new MigrationRunner(config, scratch.url(), Differences.quiet()).upgrade("head");
                    actual = snapshots.inspection(scratch.url(), declared);
                }
                subject = "the migration chain";
            } else {
                actual = snapshots.inspection(db.url(), declared);
                subject = "database " + db.url().redacted();
            }
            Inspection wanted = snapshots.normalization(declared, db.server());
            DiffResult result = Differences.compare(actual, wanted, Scope.SCHEMAS);
            // the differ ignores the order of columns (no migration can change it): a different order is said here
            List<String> warnings = ColumnOrder.warnings(actual.model(), wanted.model());
            int code = Differences.exitCode(result, RetortCli.DIFFERENCES);
            if (format == OutputFormat.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("checked", migrations ? "migrations" : "database");
                m.put("database", migrations ? null : db.url().redacted());
                m.put("definition", config.definitionClass());
                m.put("outcome", DiffJson.outcome(result));
                m.put("exitCode", code);
                m.put("tables", wanted.model().tables().size());
                m.put("indexes", wanted.model().physicalIndexCount());
                m.put("warnings", warnings);
                m.put("changes", DiffJson.changes(result.upgrade(), result.changes()));
                m.put("unmanaged", DiffJson.unmanaged(result.unmanaged()));
                cli.out.println(Json.write(m));
                return code;
            }
            warnings.forEach(w -> cli.out.println("warning: " + w));
            if (result.isEmpty()) {
                cli.out.println("ok: " + subject + " matches the declaration " + config.definitionClass() + " ("
                        + Differences.summary(wanted.model()) + ")");
                return 0;
            }
            int count = result.changes().size() + result.unmanaged().size();
            cli.out.println(subject + " differs from the declaration " + config.definitionClass() + ": "
                    + count + " difference" + (count == 1 ? "" : "s")
                    + (result.changes().isEmpty() ? "" : " (what a migration would have to do)") + ":");
            Differences.print(result, cli.out);
            Differences.printUnmanaged(result, cli.err);
            if (result.hasUnmanagedDifferences()) {
                cli.out.println("differences marked \"not managed by Retort\" need a hand-written migration"
                        + " (retort revision -m \"...\"), or a change to the database");
                return Differences.UNMANAGED;
            }
            cli.out.println(migrations ? "write the missing migration: retort revision --autogenerate -m \"...\""
                    : "bring it up to date: retort upgrade head, or write a migration: retort revision --autogenerate -m \"...\"");
            return RetortCli.DIFFERENCES;
        }
    }
}
