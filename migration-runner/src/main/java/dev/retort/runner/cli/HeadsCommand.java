package dev.retort.runner.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.retort.runner.ProjectConfig;
import dev.retort.runner.ScriptCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code retort heads}: the migrations nothing builds on; two or more mean branches to merge. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "List the head migrations (more than one: branches to merge). Needs no database.")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        ScriptCatalog catalog = ScriptCatalog.load(config.migrationLocations());
        List<String> heads = catalog.heads();
        for (String head : heads) {
            cli.out.println(head + " " + catalog.find(head).orElseThrow().description()
                    + (heads.size() > 1 ? " (head, unmerged)" : " (head)"));
        }
        if (heads.isEmpty()) {
            cli.out.println("no migrations in " + config.migrationLocations());
        } else if (heads.size() > 1) {
            cli.out.println(heads.size() + " heads: run `retort merge` to put them in one order");
        }
        return 0;
    }
}
