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
 * or as SQL DDL. What Retort manages and what it does not are summarized on stderr ({@code --list-unmanaged}
 * names each object and detail).
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

    @Option(names = "--list-unmanaged", description = "Name each object and detail Retort does not manage (stderr)")
    boolean listUnmanaged;

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
            cli.err.println("managed by Retort: " + Differences.summary(inspection.model()) + ", "
                    + inspection.model().sequences().size() + " sequences, " + inspection.model().enums().size()
                    + " enums");
            if (!inspection.unmanaged().isEmpty() || !inspection.details().isEmpty()) {
                cli.err.println("not managed by Retort (left out): " + inspection.summary());
                if (listUnmanaged) {
                    inspection.unmanaged().forEach(u -> cli.err.println("  - " + u));
                    inspection.details().forEach(d -> cli.err.println("  - " + d));
                }
            }
            return 0;
        }
    }
}
