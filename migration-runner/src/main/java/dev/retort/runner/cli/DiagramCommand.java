package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.runner.DefinitionLoader;
import dev.retort.runner.MermaidDiagram;
import dev.retort.runner.ProjectConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code retort diagram [--all-columns]}: the declared schema as a Mermaid ER diagram (needs no database). */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Print a Mermaid ER diagram of the declared schema: tables, key columns, relationships.")
final class DiagramCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--all-columns", description = "Show every column, not only key columns")
    boolean allColumns;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        cli.out.print(MermaidDiagram.render(DefinitionLoader.load(config), allColumns));
        return 0;
    }
}
