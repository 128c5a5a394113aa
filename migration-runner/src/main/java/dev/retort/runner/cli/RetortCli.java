package dev.retort.runner.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.Setting;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * RetortCli is the {@code retort} command: Alembic's workflow on Flyway-compatible scripts. Options given here
 * apply to every subcommand and may be written before or after it.
 *
 * <p>Exit codes: 0 ok, 1 a check found differences, 2 usage or runtime error.
 *
 * <pre>{@code
 * int code = RetortCli.run(new String[] {"upgrade", "head"}, System.getenv(), Path.of(""), System.out, System.err);
 * }</pre>
 */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0",
        description = "Schema-as-code for PostgreSQL: upgrade, downgrade, check and generate migrations.",
        subcommands = {UpgradeCommand.class, DowngradeCommand.class, CurrentCommand.class, HistoryCommand.class,
                HeadsCommand.class, StampCommand.class, RepairCommand.class, CheckCommand.class, RevisionCommand.class, MergeCommand.class,
                SquashCommand.class, RoundtripCommand.class, DiffCommand.class, InspectCommand.class,
                DiagramCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 check found differences, 2 usage or runtime error.",
                "Database: --url, else DATABASE_URL, else the embedded development PostgreSQL in .retort/."})
public final class RetortCli implements Runnable {

    /** Exit code of a check that found differences. */
    public static final int DIFFERENCES = 1;
    /** Exit code of a usage or runtime error. */
    public static final int ERROR = 2;

    @Option(names = "--project-dir", scope = ScopeType.INHERIT, paramLabel = "<dir>",
            description = "Project root (default: nearest folder upwards holding retort.properties; env RETORT_PROJECT_DIR)")
    Path projectDir;

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "<url>",
            description = "Database, postgresql://user:password@host:5432/db or jdbc:postgresql://… (default: DATABASE_URL, else embedded)")
    String url;

    @Option(names = "--definition", scope = ScopeType.INHERIT, paramLabel = "<class>",
            description = "Schema definition class (retort.definition, RETORT_DEFINITION)")
    String definition;

    @Option(names = "--locations", scope = ScopeType.INHERIT, paramLabel = "<dirs>",
            description = "Migration folders, comma-separated (retort.migrations, RETORT_MIGRATIONS)")
    String migrations;

    @Option(names = "--schemas", scope = ScopeType.INHERIT, paramLabel = "<names>",
            description = "Managed schemas, comma-separated (retort.schemas, RETORT_SCHEMAS)")
    String schemas;

    @Option(names = "--classpath", scope = ScopeType.INHERIT, paramLabel = "<paths>",
            description = "Where the definition class is, comma-separated (retort.classpath, RETORT_CLASSPATH)")
    String classpath;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "<interval>",
            description = "PostgreSQL lock_timeout of migration statements (default 10s; RETORT_LOCK_TIMEOUT)")
    String lockTimeout;

    @Option(names = "--statement-timeout", scope = ScopeType.INHERIT, paramLabel = "<interval>",
            description = "PostgreSQL statement_timeout of migration statements (default 30min; RETORT_STATEMENT_TIMEOUT)")
    String statementTimeout;

    @Option(names = "--lock-wait", scope = ScopeType.INHERIT, paramLabel = "<interval>",
            description = "How long to wait for another run holding the migration lock (default 10min; RETORT_LOCK_WAIT)")
    String lockWait;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors")
    boolean debug;

    Map<String, String> env = Map.of();
    Path workingDir = Path.of("");
    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    /** Entry point of the launcher. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Path.of("").toAbsolutePath(), System.out, System.err));
    }

    /**
     * Runs the CLI in-process and returns its exit code (what tests call).
     *
     * @param env        the environment to read {@code DATABASE_URL} and {@code RETORT_*} from
     * @param workingDir where the project file search starts
     */
    public static int run(String[] args, Map<String, String> env, Path workingDir, PrintStream rawOut,
                          PrintStream rawErr) {
        // every byte printed passes the redaction of the secrets in the URLs given (flags, DATABASE_URL ...)
        java.util.Set<String> secrets = new java.util.LinkedHashSet<>();
        java.util.Arrays.stream(args).forEach(a -> secrets.addAll(dev.retort.postgres.Redaction.secretsOf(a)));
        env.forEach((name, value) -> {
            if (name.equals("DATABASE_URL") || name.startsWith("RETORT_")) {
                secrets.addAll(dev.retort.postgres.Redaction.secretsOf(value));
            }
        });
        PrintStream out = new dev.retort.runner.RedactingPrintStream(rawOut, secrets);
        PrintStream err = new dev.retort.runner.RedactingPrintStream(rawErr, secrets);
        RetortCli cli = new RetortCli();
        cli.env = Map.copyOf(env);
        cli.workingDir = workingDir.toAbsolutePath();
        cli.out = out;
        cli.err = err;
        CommandLine cmd = new CommandLine(cli);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("error: " + message(ex));
            if (cli.debug) {
                ex.printStackTrace(err);
            } else if (!(ex instanceof RetortException)) {
                err.println("(run with --debug for the stack trace)");
            }
            return ERROR;
        });
        int code = cmd.execute(args);
        out.close();   // writes a last unterminated line; the streams given stay open
        err.close();
        return code;
    }

    /** The project configuration from flags, environment, project file and defaults. */
    ProjectConfig config() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        put(flags, Setting.DEFINITION, definition);
        put(flags, Setting.MIGRATIONS, migrations);
        put(flags, Setting.SCHEMAS, schemas);
        put(flags, Setting.CLASSPATH, classpath);
        put(flags, Setting.LOCK_TIMEOUT, lockTimeout);
        put(flags, Setting.STATEMENT_TIMEOUT, statementTimeout);
        put(flags, Setting.LOCK_WAIT, lockWait);
        return ProjectConfig.load(workingDir, projectDir, env, flags, url);
    }

    TargetDatabase openDatabase(ProjectConfig config) {
        TargetDatabase db = TargetDatabase.open(config, err);
        if (db.isDevelopment()) {
            err.println("using the embedded development database in " + config.embeddedDirectory());
        }
        return db;
    }

    MigrationRunner runner(ProjectConfig config, TargetDatabase db) {
        return new MigrationRunner(config, db.url(), out);
    }

    private static void put(Map<Setting, String> flags, Setting s, String value) {
        if (value != null) {
            flags.put(s, value);
        }
    }

    private static String message(Exception ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m;
    }
}
