package dev.retort.runner;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import dev.retort.postgres.DatabaseUrl;

/**
 * MigrationLock is a PostgreSQL session advisory lock, keyed by the history table, that every command changing
 * the schema or its history holds for its whole run, so concurrent {@code upgrade}/{@code downgrade}/{@code stamp}
 * runs (several deploys starting together) never interleave: the others wait, then find nothing left to do.
 * The lock lives on its own connection and disappears with it, so a killed process never leaves it behind.
 *
 * <pre>{@code
 * try (MigrationLock lock = MigrationLock.acquire(url, "public.flyway_schema_history", Duration.ofMinutes(10), out)) {
 *     ... migrate ...
 * }
 * }</pre>
 */
public final class MigrationLock implements AutoCloseable {

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock, waiting up to {@code maxWait} for another run to release it.
     *
     * @param out where to say once that we are waiting
     */
    public static MigrationLock acquire(DatabaseUrl url, String key, Duration maxWait, PrintStream out) {
        Connection c;
        try {
            c = url.connect();
        } catch (SQLException e) {
            throw new RetortException("cannot connect to " + url.redacted() + ": " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean said = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            ps.setString(1, "retort:" + key);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new MigrationLock(c);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new RetortException("another retort run has held the migration lock on " + url.redacted()
                            + " for more than " + new Interval(maxWait) + "; wait for it, or raise --lock-wait (e.g. --lock-wait 30m)");
                }
                if (!said) {
                    out.println("waiting for another retort run to release the migration lock...");
                    said = true;
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw new RetortException("cannot take the migration lock on " + url.redacted() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(c);
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for the migration lock", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);   // ending the session releases the lock
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the server drops the lock with the session anyway
        }
    }
}
