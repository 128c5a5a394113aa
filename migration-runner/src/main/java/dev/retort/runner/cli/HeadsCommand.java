package dev.retort.runner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.retort.runner.ProjectConfig;
import dev.retort.runner.ScriptCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort heads}: the migrations nothing builds on; two or more mean branches to merge, and exit 1 so a CI
 * step fails until they are merged. With {@code --format json}: {@code [{"version": "...", "description": "..."}]}.
 */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "List the head migrations; exit 1 when there is more than one (branches to merge). Needs no database.")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text (default) or json: [{\"version\", \"description\"}]")
    OutputFormat format;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        ScriptCatalog catalog = ScriptCatalog.load(config.migrationLocations());
        List<String> heads = catalog.heads();
        int code = heads.size() > 1 ? RetortCli.DIFFERENCES : 0;
        if (format == OutputFormat.json) {
            cli.out.println(Json.write(heads.stream().map(h -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("version", h);
                m.put("description", catalog.find(h).orElseThrow().description());
                return m;
            }).toList()));
            return code;
        }
        for (String head : heads) {
            cli.out.println(head + " " + catalog.find(head).orElseThrow().description()
                    + (heads.size() > 1 ? " (head, unmerged)" : " (head)"));
        }
        if (heads.isEmpty()) {
            cli.out.println("no migrations in " + config.migrationLocations());
        } else if (heads.size() > 1) {
            cli.out.println(heads.size() + " heads: run `retort merge` to put them in one order");
        }
        return code;
    }
}
