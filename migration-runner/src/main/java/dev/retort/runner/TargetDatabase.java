package dev.retort.runner;

import java.sql.Connection;
import java.sql.SQLException;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;

/**
 * TargetDatabase is the database a command works on: the one given by {@code --url} / {@code DATABASE_URL}, or
 * the embedded development database (started for the command and stopped when closed).
 *
 * <pre>{@code
 * try (TargetDatabase db = TargetDatabase.open(config)) {
 *     System.out.println(db.url().redacted());
 * }
 * }</pre>
 */
public final class TargetDatabase implements AutoCloseable {

    private final DatabaseUrl url;
    private final EmbeddedDevServer embedded;

    private TargetDatabase(DatabaseUrl url, EmbeddedDevServer embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    public static TargetDatabase open(ProjectConfig config) {
        return open(config, System.err);
    }

    /** Like {@link #open(ProjectConfig)}; {@code log} hears about waiting for another command's embedded server. */
    public static TargetDatabase open(ProjectConfig config, java.io.PrintStream log) {
        if (config.databaseUrl() != null) {
            DatabaseUrl url;
            try {
                url = DatabaseUrl.parse(config.databaseUrl());
            } catch (IllegalArgumentException e) {
                throw new RetortException(e.getMessage(), e);
            }
            return new TargetDatabase(url, null);
        }
        return new TargetDatabase(null, EmbeddedDevServer.start(config.embeddedDirectory(),
                config.interval(Setting.LOCK_WAIT).duration(), log));
    }

    /** A database given by URL (for sources such as {@code diff --from <url>}). */
    public static TargetDatabase of(DatabaseUrl url) {
        return new TargetDatabase(url, null);
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
