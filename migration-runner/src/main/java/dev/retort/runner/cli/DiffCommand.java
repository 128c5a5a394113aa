package dev.retort.runner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
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
 * {@code retort diff --from <src> --to <src> [--down] [--exit-code]}: prints the SQL that turns {@code from} into
 * {@code to} (with {@code --down}, its downgrade). A source is a database URL or {@code class:<fqcn>} of a schema
 * definition; a class is normalized on the server of a URL source, else on the project's database server.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the SQL that turns one schema into another (database URLs or class:<definition>).")
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--from", required = true, paramLabel = "<source>", description = "URL or class:<fqcn>")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<source>", description = "URL or class:<fqcn>")
    String to;

    @Option(names = "--down", description = "Print the downgrade of that same upgrade instead")
    boolean down;

    @Option(names = "--exit-code", description = "Exit 1 when there are differences")
    boolean exitCode;

    @Override
    public Integer call() {
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
        SchemaModel a;
        SchemaModel b;
        if (fromClass == null && toClass == null) {
            a = snapshots.inspect(urls.get(0), null);
            b = snapshots.inspect(urls.get(1), null);
        } else if (!urls.isEmpty()) {
            PostgresServer server = PostgresServer.at(urls.get(0).withDatabase("postgres"));
            a = fromClass != null ? snapshots.normalize(fromClass, server) : snapshots.inspect(urls.get(0), hint);
            b = toClass != null ? snapshots.normalize(toClass, server) : snapshots.inspect(urls.get(0), hint);
        } else {
            try (TargetDatabase db = cli.openDatabase(config)) {
                a = snapshots.normalize(fromClass, db.server());
                b = snapshots.normalize(toClass, db.server());
            }
        }
        DiffResult result = new DiffEngine().diff(a, b);
        cli.out.print(down ? result.downgradeSql() : result.upgradeSql());
        return exitCode && !result.isEmpty() ? RetortCli.DIFFERENCES : 0;
    }

    private static boolean isClass(String source) {
        return source.startsWith("class:");
    }

    private static SchemaModel load(String source, ProjectConfig config) {
        return DefinitionLoader.load(source.substring("class:".length()), config.classpath());
    }
}
