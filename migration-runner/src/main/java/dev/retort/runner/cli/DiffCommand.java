package dev.retort.runner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.render.ScriptWriter;
import dev.retort.diff.unmanaged.UnmanagedComparison.Scope;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.runner.DefinitionLoader;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.TargetDatabase;
import dev.retort.schema.model.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort diff --from <src> --to <src> [--down] [--exit-code] [--allow-unmanaged-dependents]}: prints the SQL
 * that turns {@code from} into {@code to} (with {@code --down}, its downgrade), as a script that is atomic under
 * {@code psql -f}. A source is a database URL or {@code class:<fqcn>} of a schema definition; a class is normalized
 * on the server of a URL source, else on the project's database server.
 *
 * <p>With {@code --format json}, one object instead of the script: {@code {"direction": "upgrade", "outcome":
 * "differences", "transactional": false, "destructive": false, "hazards": [...], "changes": [{"change", "hazards"}],
 * "statements": [{"sql", "change", "transactional", "hazards": [{"hazard", "message"}]}], "unmanaged": [{"subject",
 * "side", "from", "to", "description"}]}}.
 *
 * <p>Two URLs are compared over every schema of either database (and their event triggers and publications)
 * unless {@code --schemas} names some. What differs outside Retort's model is named on stderr and in the script.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the SQL that turns one schema into another (database URLs or class:<definition>).",
        footer = {"", "Exit codes with --exit-code: 0 equal, 1 differences Retort migrates, 3 differences in what"
                + " Retort does not manage (named on stderr), 2 error."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--from", required = true, paramLabel = "<source>", description = "URL or class:<fqcn>")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<source>", description = "URL or class:<fqcn>")
    String to;

    @Option(names = "--lock-safe", arity = "0..1", defaultValue = "true", fallbackValue = "true", paramLabel = "true|false",
            description = "Plan forms that keep the database serving, e.g. CREATE INDEX CONCURRENTLY on existing tables"
                    + " (default true; --lock-safe=false for empty or development databases)")
    boolean lockSafe = true;

    @Option(names = "--down", description = "Print the downgrade of that same upgrade instead")
    boolean down;

    @Option(names = "--exit-code",
            description = "Exit 1 when there are differences, 3 when some are in what Retort does not manage")
    boolean exitCode;

    @Option(names = "--allow-unmanaged-dependents", description = "Write drops and type changes that objects Retort"
            + " does not manage (views, triggers ...) depend on, marked HAS_UNTRACKABLE_DEPENDENCIES")
    boolean allowUnmanagedDependents;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text (default: the SQL script) or json: {\"direction\", \"outcome\", \"transactional\","
                    + " \"destructive\", \"hazards\", \"changes\", \"statements\", \"unmanaged\"}")
    OutputFormat format;

    @Override
    public Integer call() {
        if (isClass(from) || isClass(to)) {
            cli.warnIfStale();
        }
        ProjectConfig config = cli.config();
        SchemaModel fromClass = isClass(from) ? load(from, config) : null;
        SchemaModel toClass = isClass(to) ? load(to, config) : null;
        SchemaModel hint = toClass != null ? toClass : fromClass;
        List<DatabaseUrl> urls = new ArrayList<>();
        for (String s : List.of(from, to)) {
            if (!isClass(s)) {
                try {
                    urls.add(DatabaseUrl.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new RetortException("--from/--to " + e.getMessage() + ", or class:<fully.qualified.Definition>", e);
                }
            }
        }
        SchemaSnapshots snapshots = new SchemaSnapshots(config);
        Inspection a;
        Inspection b;
        Scope scope = Scope.SCHEMAS;
        if (fromClass == null && toClass == null) {
            // two databases, read at once: every schema of either, so that a whole new schema is a difference too
            if (cli.schemas == null) {
                scope = Scope.DATABASE;
            }
            List<Inspection> both = snapshots.inspectionsOf(urls.get(0), urls.get(1),
                    cli.schemas != null ? config.schemas() : null);
            a = both.get(0);
            b = both.get(1);
        } else if (!urls.isEmpty()) {
            PostgresServer server = PostgresServer.at(urls.get(0).withDatabase("postgres"));
            a = fromClass != null ? snapshots.normalization(fromClass, server) : snapshots.inspection(urls.get(0), hint);
            b = toClass != null ? snapshots.normalization(toClass, server) : snapshots.inspection(urls.get(0), hint);
        } else {
            try (TargetDatabase db = cli.openDatabase(config)) {
                a = snapshots.normalization(fromClass, db.server());
                b = snapshots.normalization(toClass, db.server());
            }
        }
        DiffResult result = Differences.guarded(Differences.compare(a, b, scope, lockSafe), a, b, allowUnmanagedDependents, down);
        if (format == OutputFormat.json) {
            cli.out.println(Json.write(json(result)));
            return exitCode ? Differences.exitCode(result, RetortCli.DIFFERENCES) : 0;
        }
        cli.out.print((down ? result.downgradeScript("downgrade", ScriptWriter.Mode.PSQL)
                : result.upgradeScript("upgrade", ScriptWriter.Mode.PSQL)).sql());
        Differences.printUnmanaged(result, cli.err);
        if (cli.schemas != null) {
            OutsideSchemas.notes(result, config.schemas()).forEach(cli.err::println);
        }
        return exitCode ? Differences.exitCode(result, RetortCli.DIFFERENCES) : 0;
    }

    private Map<String, Object> json(DiffResult result) {
        MigrationPlan plan = down ? result.downgrade() : result.upgrade();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("direction", down ? "downgrade" : "upgrade");
        m.put("outcome", DiffJson.outcome(result));
        m.put("transactional", plan.isTransactional());
        m.put("destructive", plan.isDestructive());
        m.put("hazards", DiffJson.hazards(plan));
        m.put("changes", DiffJson.changes(plan, down ? DiffEngine.inverses(result.changes()) : result.changes()));
        m.put("statements", DiffJson.statements(plan));
        m.put("unmanaged", DiffJson.unmanaged(result.unmanaged()));
        return m;
    }

    private static boolean isClass(String source) {
        return source.startsWith("class:");
    }

    private static SchemaModel load(String source, ProjectConfig config) {
        return DefinitionLoader.load(source.substring("class:".length()), config.classpath());
    }
}
