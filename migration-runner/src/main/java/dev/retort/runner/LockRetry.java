package dev.retort.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * LockRetry is how a migration that waited longer than {@code lock_timeout} for a lock (SQLSTATE 55P03) runs again:
 * up to {@code retries} more times, pausing {@code backoff} before the first retry and twice as long before each
 * next one, with jitter (half the pause fixed, half random), so that runs waiting on the same table do not retry in
 * step. A short lock timeout with retries keeps a statement that needs a strong lock from queueing every other
 * session of the table behind it for long.
 *
 * <pre>{@code
 * LockRetry retry = LockRetry.of(config);   // retort.lock-retries=3, retort.lock-retry-backoff=1s
 * retry.pause(attempt);                     // 0.5-1 s, then 1-2 s, then 2-4 s
 * }</pre>
 *
 * @param retries how many times a migration runs again after a lock timeout; 0 = never
 * @param backoff the pause before the first retry
 */
public record LockRetry(int retries, Duration backoff) {

    /** PostgreSQL's SQLSTATE of {@code canceling statement due to lock timeout}. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    public LockRetry {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
    }

    /** The retries the project's settings ask for. */
    public static LockRetry of(ProjectConfig config) {
        return new LockRetry(config.count(Setting.LOCK_RETRIES), config.interval(Setting.LOCK_RETRY_BACKOFF).duration());
    }

    /** True when {@code e} (or what caused it) is PostgreSQL's lock timeout. */
    public static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The pause before retry {@code attempt} (1 for the first): the doubled backoff, its second half random. */
    public Duration delay(int attempt) {
        long full = backoff.toMillis() << Math.min(attempt - 1, 20);
        long half = full / 2;
        return Duration.ofMillis(full - half + (half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1)));
    }

    /**
     * Why a migration that hit the lock timeout is not run again, or empty when it may be: a non-transactional file
     * of several statements has committed the ones before the failing one, which may not be rerunnable.
     */
    static Optional<String> notRetryable(MigrationScript script) {
        return notRetryable(script.upgrade());
    }

    /** The same for any script file. */
    static Optional<String> notRetryable(Path file) {
        SqlScript sql;
        try {
            sql = SqlScript.parse(Files.readString(file));
        } catch (IOException e) {
            return Optional.of("not retried: " + file.getFileName() + " cannot be read (" + e.getMessage() + ")");
        }
        if (!TransactionControl.isNonTransactional(file, sql) || sql.statements().size() <= 1) {
            return Optional.empty();
        }
        return Optional.of("not retried: " + file.getFileName() + " runs outside a transaction and has "
                + sql.statements().size() + " statements, so the ones before the failing one stay applied; run it again"
                + " when the lock is free (statements written rerunnable, as revision writes them, resume)");
    }

    /** True when {@code file} runs outside a transaction (marked so, or by need). */
    static boolean runsOutsideTransaction(Path file) {
        try {
            return TransactionControl.isNonTransactional(file, SqlScript.parse(Files.readString(file)));
        } catch (IOException e) {
            return false;
        }
    }

    /** The end of the message when the retries are used up. */
    String gaveUp(int retried) {
        String tried = retries == 0 ? "not retried (" + Setting.LOCK_RETRIES.key() + " is 0)"
                : "gave up after " + retried + " retr" + (retried == 1 ? "y" : "ies") + " (" + Setting.LOCK_RETRIES.key()
                + " is " + retries + ")";
        return tried + ". Let the session holding the lock finish (or end it), then run again; or raise "
                + Setting.LOCK_RETRIES.key() + " (--lock-retries) or " + Setting.LOCK_TIMEOUT.key() + " (--lock-timeout)";
    }

    /**
     * Says on {@code notes} that {@code script} timed out waiting for a lock and runs again (retry {@code attempt} of
     * {@link #retries()}), then waits the {@link #delay(int)}.
     */
    void pause(String script, String waitedFor, int attempt, PrintStream notes) {
        Duration wait = delay(attempt);
        notes.println("lock timeout: " + script + " " + waitedFor + "; retry " + attempt + " of " + retries + " in "
                + new Interval(wait) + " (" + Setting.LOCK_RETRIES.key() + ")");
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting to retry " + script, e);
        }
    }
}
