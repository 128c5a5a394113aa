package dev.retort.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;

/**
 * TargetDatabase is the database a command works on, chosen by these rules (safety first):
 * <ol>
 *   <li>a URL given by {@code --url}, else a non-empty {@code DATABASE_URL}, completed from libpq's {@code PG*}
 *       variables and {@code ~/.pgpass} ({@link PostgresEnvironment});</li>
 *   <li>else the embedded PostgreSQL in {@code .retort/}, only when the project asks for it
 *       ({@code retort.database=embedded} in its {@code retort.properties}, or {@code --embedded}) and a project
 *       file exists (so no folder gets a cluster by accident);</li>
 *   <li>else an error naming the three ways to give a database. An empty {@code DATABASE_URL} or a set {@code CI}
 *       never falls back to the embedded database.</li>
 * </ol>
 * Scratch databases (normalization, {@code check --migrations}, {@code roundtrip}) go to the server of
 * {@code --dev-url} when given, so a role without CREATEDB can run {@code check}.
 *
 * <pre>{@code
 * try (TargetDatabase db = TargetDatabase.open(config, System.getenv(), null, System.err)) {
 *     System.out.println(db.url().redacted());
 * }
 * }</pre>
 */
public final class TargetDatabase implements AutoCloseable {

    private final DatabaseUrl url;
    private final EmbeddedDevServer embedded;
    private final DatabaseUrl devUrl;

    private TargetDatabase(DatabaseUrl url, EmbeddedDevServer embedded, DatabaseUrl devUrl) {
        this.url = url;
        this.embedded = embedded;
        this.devUrl = devUrl;
    }

    public static TargetDatabase open(ProjectConfig config) {
        return open(config, System.err);
    }

    /** Like {@link #open(ProjectConfig)}; {@code log} hears about waiting for another command's embedded server. */
    public static TargetDatabase open(ProjectConfig config, java.io.PrintStream log) {
        return open(config, System.getenv(), null, log);
    }

    /**
     * Opens the database the rules above choose.
     *
     * @param env    the environment ({@code DATABASE_URL}, {@code PG*}, {@code CI})
     * @param devUrl {@code --dev-url}: where scratch databases are created, or null for the target's server
     */
    public static TargetDatabase open(ProjectConfig config, Map<String, String> env, String devUrl,
                                      java.io.PrintStream log) {
        PostgresEnvironment pg = PostgresEnvironment.of(env);
        DatabaseUrl dev = devUrl == null || devUrl.isBlank() ? null : pg.resolve(devUrl);
        if (config.databaseUrl() != null) {
            return new TargetDatabase(pg.resolve(config.databaseUrl()), null, dev);
        }
        if (!config.embeddedRequested()) {
            throw new RetortException(noDatabase(config, env));
        }
        if (config.projectFile() == null) {
            throw new RetortException("--embedded needs a project: no " + ProjectConfig.FILE_NAME + " in "
                    + config.root() + " or a folder above it, and the embedded database lives beside that file;"
                    + " run `retort init` there first, or give --url");
        }
        return new TargetDatabase(null, EmbeddedDevServer.start(config.embeddedDirectory(),
                config.interval(Setting.LOCK_WAIT).duration(), log), dev);
    }

    private static String noDatabase(ProjectConfig config, Map<String, String> env) {
        String why = env.containsKey("DATABASE_URL") ? "DATABASE_URL is set but empty"
                : env.containsKey("CI") ? "CI is set and the project does not opt in to the embedded database"
                : "no database given";
        return why + "; give one of: --url postgresql://user@host:5432/db, the environment variable DATABASE_URL,"
                + " or " + Setting.DATABASE.key() + "=embedded in "
                + (config.projectFile() != null ? config.projectFile() : ProjectConfig.FILE_NAME)
                + " (or --embedded) for a throw-away PostgreSQL in " + config.get(Setting.EMBEDDED_DIR) + "/";
    }

    /** A database given by URL (for sources such as {@code diff --from <url>}). */
    public static TargetDatabase of(DatabaseUrl url) {
        return new TargetDatabase(url, null, null);
    }

    public DatabaseUrl url() {
        return embedded != null ? embedded.url() : url;
    }

    /** Whether this is the embedded development database (safe to rebuild). */
    public boolean isDevelopment() {
        return embedded != null;
    }

    /** The server, for scratch databases next to this one (needs CREATEDB on a remote server). */
    public PostgresServer server() {
        if (devUrl != null) {
            return PostgresServer.at(devUrl);
        }
        return embedded != null ? PostgresServer.at(embedded.maintenanceUrl())
                : PostgresServer.at(url.withDatabase("postgres"));
    }

    public Connection connect() {
        try {
            return url().connect();
        } catch (SQLException e) {
            throw new RetortException("cannot connect to " + url().redacted() + ": " + e.getMessage()
                    + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    @Override
    public String toString() {
        return url().redacted() + (isDevelopment() ? " (embedded development database)" : "");
    }
}
