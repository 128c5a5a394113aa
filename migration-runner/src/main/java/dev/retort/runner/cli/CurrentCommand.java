package dev.retort.runner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.retort.runner.HistoryRow;
import dev.retort.runner.MigrationScript;
import dev.retort.runner.MigrationStatus;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort current}: the database's version, "(head)" when nothing is pending, else the pending count.
 * With {@code --format json}: {@code {"current": "20261101000000" or null at base, "head": true, "pending":
 * ["20261102000000", ...], "heads": [...], "failed": [script, ...]}}.
 */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the database's current version.")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text (default) or json: {\"current\", \"head\", \"pending\", \"heads\", \"failed\"}")
    OutputFormat format;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationStatus status = cli.runner(config, db).status();
            if (format == OutputFormat.json) {
                cli.out.println(Json.write(json(status)));
                return 0;
            }
            cli.out.println(Position.of(status));
            if (!status.failed().isEmpty()) {
                cli.out.println("failed outside a transaction (upgrade resumes it, downgrade reverts it): "
                        + status.failed().get(0).script());
            }
            return 0;
        }
    }

    static Map<String, Object> json(MigrationStatus status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("current", status.current().orElse(null));
        m.put("head", status.atHead());
        m.put("pending", status.pending().stream().map(MigrationScript::version).toList());
        m.put("heads", List.copyOf(status.catalog().heads()));
        m.put("failed", status.failed().stream().map(HistoryRow::script).toList());
        return m;
    }
}
