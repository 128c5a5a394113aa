package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.render.ScriptWriter;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.TargetDatabase;
import dev.retort.schema.dsl.JavaSourceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort inspect --url <URL> [--format java|sql]}: a live database as DSL source (a SchemaDefinition class)
 * or as SQL DDL. Objects Retort does not manage are listed on stderr.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print a live database's schema as DSL Java source or SQL DDL.")
final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Option(names = "--format", defaultValue = "java", paramLabel = "java|sql", description = "Output format (default java)")
    Format format;

    @Option(names = "--package", defaultValue = "db.schema", description = "Package of the generated class (java)")
    String packageName;

    @Option(names = "--class", defaultValue = "InspectedSchema", description = "Name of the generated class (java)")
    String className;

    enum Format { java, sql }

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            Inspection inspection = new SchemaSnapshots(config).inspection(db.url(), null);
            if (format == Format.java) {
                cli.out.print(JavaSourceWriter.write(inspection.model(), packageName, className));
            } else {
                cli.out.print(new ScriptWriter().write("schema of " + db.url().redacted(),
                        new DiffEngine().createAll(inspection.model())).sql());
            }
            if (!inspection.unmanaged().isEmpty()) {
                cli.err.println("not managed by Retort (left out): " + inspection.summary());
            }
            return 0;
        }
    }
}
