package dev.retort.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort init}: a new project in the current folder (or {@code --project-dir}): a commented
 * {@code retort.properties} that opts in to the embedded development database, and the migrations folder.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create retort.properties (commented) and the migrations folder for a new project.")
final class InitCommand implements Callable<Integer> {

    /** Where Maven puts resources on the application's class path, and Flyway looks by default. */
    static final String DEFAULT_MIGRATIONS = "src/main/resources/db/migration";

    @ParentCommand
    RetortCli cli;

    @Option(names = "--migrations-dir", paramLabel = "<dir>", defaultValue = DEFAULT_MIGRATIONS,
            description = "Migrations folder, relative to the project (default: " + DEFAULT_MIGRATIONS + ")")
    String migrationsDir;

    @Override
    public Integer call() {
        Path root = (cli.projectDir != null ? cli.workingDir.resolve(cli.projectDir) : cli.workingDir)
                .toAbsolutePath().normalize();
        Path file = root.resolve(ProjectConfig.FILE_NAME);
        if (Files.exists(file)) {
            throw new RetortException(file + " already exists; edit it, or run init in another folder");
        }
        String definition = cli.definition != null ? cli.definition : null;
        try {
            Files.createDirectories(root.resolve(migrationsDir));
            Files.writeString(file, content(definition, migrationsDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        cli.out.println("wrote " + ProjectConfig.FILE_NAME + " and " + migrationsDir + "/");
        if (definition == null) {
            cli.out.println("next: set retort.definition to your SchemaDefinition class, compile it (mvn compile),"
                    + " then retort revision --autogenerate -m \"first\"");
        } else {
            cli.out.println("next: compile " + definition + " (mvn compile), then retort revision --autogenerate -m \"first\"");
        }
        cli.out.println("keep .retort/ (the embedded database) out of version control, e.g. echo .retort/ >> .gitignore");
        return 0;
    }

    static String content(String definition, String migrations) {
        return """
                # Retort project file. Paths are relative to this folder. Every key can be overridden by an environment
                # variable (retort.lock-timeout -> RETORT_LOCK_TIMEOUT) or a flag (--lock-timeout).

                # The declared schema: a class implementing dev.retort.schema.SchemaDefinition (public, no-argument
                # constructor), and where its compiled classes are (comma-separated).
                %sretort.definition=%s
                retort.classpath=target/classes

                # Flyway-compatible scripts: V<version>__<description>.sql upgrades, U<version>__<description>.sql
                # downgrades beside them. Comma-separated; `retort revision` writes into the first.
                retort.migrations=%s

                # The schemas the definition manages, and the naming convention of unnamed constraints and indexes.
                retort.schemas=public
                retort.naming=default

                # The database is --url, else DATABASE_URL (PGHOST, PGUSER, ... and ~/.pgpass fill what it leaves out).
                # With neither, use the embedded PostgreSQL kept in .retort/ (for development; remove this line to
                # make a missing URL an error).
                retort.database=embedded

                # Safety: how long a migration statement may wait for a lock / run (PostgreSQL intervals).
                retort.lock-timeout=10s
                retort.statement-timeout=30min
                """.formatted(definition == null ? "# " : "", definition == null ? "com.example.app.AppSchema" : definition,
                migrations);
    }
}
