package dev.retort.runner.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * <p>Exit codes: 0 ok, 1 a check found differences, 2 usage or runtime error, 3 a check found differences in what
 * Retort does not manage (views, triggers, grants ...; each is named).
 *
 * <pre>{@code
 * int code = RetortCli.run(new String[] {"upgrade", "head"}, System.getenv(), Path.of(""), System.out, System.err);
 * }</pre>
 */
@Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Schema-as-code for PostgreSQL: upgrade, downgrade, check and generate migrations.",
        footer = {"", "Exit codes: 0 ok, 1 check found differences, 2 usage or runtime error,",
                "3 differences in what Retort does not manage (named on stderr).",
                "Database: --url, else DATABASE_URL (libpq's PG* variables and ~/.pgpass fill",
                "the parts a URL leaves out), else the embedded PostgreSQL in .retort/ when",
                "retort.database=embedded or with --embedded."})
public final class RetortCli implements Runnable {

    /** Exit code of a check that found differences. */
    public static final int DIFFERENCES = 1;
    /** Exit code of a usage or runtime error. */
    public static final int ERROR = 2;

    @Option(names = "--project-dir", scope = ScopeType.INHERIT, paramLabel = "<dir>",
            description = "Project root (default: nearest folder upwards holding retort.properties; env RETORT_PROJECT_DIR)")
    Path projectDir;

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "<url>",
            description = "Database, postgresql://user@host:5432/db or jdbc:postgresql://… (default: DATABASE_URL)")
    String url;

    @Option(names = "--embedded", scope = ScopeType.INHERIT,
            description = "Use the embedded PostgreSQL in .retort/ beside retort.properties (as retort.database=embedded)")
    boolean embedded;

    @Option(names = "--dev-url", scope = ScopeType.INHERIT, paramLabel = "<url>",
            description = "Server for scratch databases of check, revision, roundtrip (default: the target's; needs CREATEDB)")
    String devUrl;

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

    @Option(names = "--lock-retries", scope = ScopeType.INHERIT, paramLabel = "<count>",
            description = "Runs of a migration again after a lock timeout (default 3; RETORT_LOCK_RETRIES)")
    String lockRetries;

    @Option(names = "--lock-retry-backoff", scope = ScopeType.INHERIT, paramLabel = "<interval>",
            description = "Pause before the first retry, doubled for each next (default 1s; RETORT_LOCK_RETRY_BACKOFF)")
    String lockRetryBackoff;

    @Option(names = "--statement-timeout", scope = ScopeType.INHERIT, paramLabel = "<interval>",
            description = "PostgreSQL statement_timeout of migration statements (default 30min; RETORT_STATEMENT_TIMEOUT)")
    String statementTimeout;

    @Option(names = "--lock-wait", scope = ScopeType.INHERIT, paramLabel = "<interval>",
            description = "How long to wait for another run holding the migration lock (default 10min; RETORT_LOCK_WAIT)")
    String lockWait;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only results and errors: no progress or notes on stderr, no per-migration lines")
    boolean quiet;

    /**
     * The subcommands by name, in the order help lists them. They are registered with picocli when the arguments
     * name them (all of them for help, usage and unknown commands), because building picocli's model of all
     * eighteen is a third of a short command's start-up.
     */
    static final Map<String, Class<?>> COMMANDS = commands(UpgradeCommand.class, DowngradeCommand.class,
            CurrentCommand.class, HistoryCommand.class, HeadsCommand.class, StampCommand.class, RepairCommand.class,
            CheckCommand.class, RevisionCommand.class, MergeCommand.class, SquashCommand.class, RoundtripCommand.class,
            DiffCommand.class, InspectCommand.class, DiagramCommand.class, LintCommand.class, InitCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * Commands that compare the compiled definition with something: they warn about stale classes first. diff does
     * so itself, when one of its sources is a class (two URLs need no definition, nor the walk over its sources).
     */
    private static final java.util.Set<String> COMPARING = java.util.Set.of("check", "revision", "roundtrip",
            "squash", "diagram");

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
        named(args).forEach(name -> cmd.addSubcommand(name, COMMANDS.get(name)));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            String name = failed.getCommandName();
            String hint = failed == cmd ? "retort --help" : "retort help " + name;
            String suggestion = "";
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                suggestion = " (did you mean " + u.getSuggestions().get(0) + "?)";
            }
            err.println("error: " + ex.getMessage() + suggestion);
            err.println("see: " + hint);
            return ERROR;
        });
        cmd.setExecutionStrategy(parseResult -> {
            List<CommandLine> chain = parseResult.asCommandLineList();
            String sub = chain.get(chain.size() - 1).getCommandName();
            if (COMPARING.contains(sub) && !parseResult.isUsageHelpRequested() && !parseResult.isVersionHelpRequested()) {
                cli.warnIfStale();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("error: " + message(ex));
            if (cli.debug) {
                ex.printStackTrace(err);
            } else if (!expected(ex)) {
                err.println("(run with --debug for the stack trace)");
            }
            return ERROR;
        });
        int code = cmd.execute(args);
        out.close();   // writes a last unterminated line; the streams given stay open
        err.close();
        return code;
    }

    /**
     * The command line with every subcommand registered, for tools that inspect the CLI as a whole (the guide's
     * tests check each documented command against it): {@code RetortCli.fullCommandLine().getSubcommands()}.
     */
    public static CommandLine fullCommandLine() {
        CommandLine cmd = new CommandLine(new RetortCli());
        COMMANDS.forEach(cmd::addSubcommand);
        return cmd;
    }

    /** The subcommands to register for {@code args}: those named, else (help, usage, a typo) all of them. */
    static java.util.Collection<String> named(String[] args) {
        java.util.List<String> named = java.util.Arrays.stream(args).filter(COMMANDS::containsKey).distinct().toList();
        if (named.isEmpty() && java.util.Arrays.asList(args).equals(List.of("--version"))) {
            return named;
        }
        return named.isEmpty() || named.contains("help") ? COMMANDS.keySet() : named;
    }

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        for (Class<?> c : classes) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** The project configuration from flags, environment, project file and defaults. */
    ProjectConfig config() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        put(flags, Setting.DEFINITION, definition);
        put(flags, Setting.MIGRATIONS, migrations);
        put(flags, Setting.SCHEMAS, schemas);
        put(flags, Setting.CLASSPATH, classpath);
        put(flags, Setting.LOCK_TIMEOUT, lockTimeout);
        put(flags, Setting.LOCK_RETRIES, lockRetries);
        put(flags, Setting.LOCK_RETRY_BACKOFF, lockRetryBackoff);
        put(flags, Setting.STATEMENT_TIMEOUT, statementTimeout);
        put(flags, Setting.LOCK_WAIT, lockWait);
        Map<String, String> environment = env;
        if (embedded) {
            if (url != null) {
                throw new RetortException("--embedded and --url both name the database; give one of them");
            }
            flags.put(Setting.DATABASE, "embedded");
            environment = new java.util.HashMap<>(env);
            environment.remove("DATABASE_URL");   // the flag is the more explicit choice
        }
        return ProjectConfig.load(workingDir, projectDir, environment, flags, url);
    }

    TargetDatabase openDatabase(ProjectConfig config) {
        TargetDatabase db = TargetDatabase.open(config, env, devUrl, quiet ? Progress.DISCARD : err);
        if (db.isDevelopment()) {
            note("using the embedded development database in " + config.embeddedDirectory());
        }
        return db;
    }

    MigrationRunner runner(ProjectConfig config, TargetDatabase db) {
        return new MigrationRunner(config, db.url(), quiet ? Progress.DISCARD : out, progress(), quiet ? Progress.DISCARD : err);
    }

    /**
     * Where progress goes: stderr when it is a terminal (or RETORT_PROGRESS=1), so logs and captured outputs hold
     * results only; nowhere with --quiet.
     */
    PrintStream progress() {
        boolean wanted = "1".equals(env.get("RETORT_PROGRESS")) || (System.console() != null && err == System.err);
        return quiet || !wanted ? Progress.DISCARD : err;
    }

    /** A note on stderr (where it does not mix with results), unless --quiet. */
    void note(String message) {
        if (!quiet) {
            err.println(message);
        }
    }

    /** Says so when the definition's sources changed after its classes were compiled. */
    void warnIfStale() {
        Optional<String> stale;
        try {
            stale = StaleClasses.find(config().classpath());
        } catch (RuntimeException e) {
            return;   // the command itself reports a broken configuration
        }
        stale.ifPresent(message -> err.println("warning: " + message));
    }

    private static void put(Map<Setting, String> flags, Setting s, String value) {
        if (value != null) {
            flags.put(s, value);
        }
    }

    /** Errors that are answers (a refusal, an invalid declaration), not faults: no stack trace is worth offering. */
    private static boolean expected(Exception ex) {
        return ex instanceof RetortException || ex instanceof dev.retort.diff.change.RefusedChangeException
                || ex instanceof dev.retort.schema.dsl.SchemaValidationException;
    }

    private static String message(Exception ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m;
    }
}
