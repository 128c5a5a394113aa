package dev.retort.runner;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import dev.retort.diff.render.SqlNames;
import dev.retort.postgres.DatabaseUrl;

/**
 * MigrationRunner applies, reverts and records migrations on one database: upgrades run through flyway-core
 * (its history table, checksums and validation, so a Flyway or Spring Boot pipeline sees the same state);
 * downgrades and stamps are Retort's and edit the same history table. Every command that changes something holds
 * the {@link MigrationLock}.
 *
 * <pre>{@code
 * MigrationRunner runner = new MigrationRunner(config, url, System.out);
 * runner.upgrade("head");
 * runner.downgrade("-1");
 * runner.status().current();
 * }</pre>
 */
public final class MigrationRunner {

    private final ProjectConfig config;
    private final DatabaseUrl url;
    private final PrintStream out;
    private final HistoryTable history;
    private final PrintStream progress;
    private final PrintStream notes;

    public MigrationRunner(ProjectConfig config, DatabaseUrl url, PrintStream out) {
        this(config, url, out, new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /** Like the other constructor; {@code progress} hears of each migration as it starts, and its time when over 1 s. */
    public MigrationRunner(ProjectConfig config, DatabaseUrl url, PrintStream out, PrintStream progress) {
        this(config, url, out, progress, progress);
    }

    /** Like the other constructors; {@code notes} hears of each retry after a lock timeout (stderr in the CLI). */
    public MigrationRunner(ProjectConfig config, DatabaseUrl url, PrintStream out, PrintStream progress, PrintStream notes) {
        this.config = config;
        this.url = url;
        this.out = out;
        this.progress = progress;
        this.notes = notes;
        this.history = new HistoryTable(config.get(Setting.HISTORY_SCHEMA), config.get(Setting.HISTORY_TABLE));
    }

    public HistoryTable history() {
        return history;
    }

    /** How migrations that hit the lock timeout run again. */
    public LockRetry lockRetry() {
        return LockRetry.of(config);
    }

    /** Where retries are reported. */
    PrintStream notes() {
        return notes;
    }

    /** What a statement that hit the lock timeout waited for (the table and who holds it), for messages. */
    String lockWait(String statement) {
        try (Connection c = connect()) {
            return LockWait.describe(c, statement, config.interval(Setting.LOCK_TIMEOUT));
        }  catch (SQLException | RetortException e) {
            return "waited longer than " + config.interval(Setting.LOCK_TIMEOUT) + " (" + Setting.LOCK_TIMEOUT.key()
                    + ") for a lock";
        }
    }

    public DatabaseUrl url() {
        return url;
    }

    public ScriptCatalog catalog() {
        return ScriptCatalog.load(config.migrationLocations());
    }

    public MigrationStatus status() {
        try (Connection c = connect()) {
            return new MigrationStatus(history.rows(c), catalog());
        } catch (SQLException e) {
            throw new RetortException("cannot read " + history.qualified() + " on " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies pending migrations up to {@code target}: {@code head}, a version, or {@code +N} (the next N).
     *
     * @return the scripts applied, in order
     */
    public List<String> upgrade(String target) {
        return upgrade(target, false);
    }

    /**
     * Like {@link #upgrade(String)}; with {@code acrossHeads} it applies unmerged branches too, in version order
     * (what {@code merge} verifies before it records that order).
     */
    @SuppressWarnings("try") // the lock is held for the try block's length; its body never names it
    public List<String> upgrade(String target, boolean acrossHeads) {
        ScriptCatalog catalog = catalog();
        List<String> heads = catalog.heads();
        if (heads.size() > 1 && !acrossHeads) {
            throw new RetortException("refusing to upgrade: the migrations have " + heads.size() + " heads ("
                    + String.join(", ", heads) + "), branches that each added migrations from the same parent; run"
                    + " `retort merge` to put them in one order, then upgrade");
        }
        try (MigrationLock lock = lock()) {
            MigrationStatus status = status();
            AppliedScriptCheck.refuse("upgrade", AppliedScriptCheck.upgrades(status));
            resumeFailed(status);
            clearInterrupted(status);
            String flywayTarget = resolveUpgradeTarget(target, status);
            List<String> applied = new ArrayList<>();
            if (flywayTarget == null) {
                return applied;
            }
            requirePrivileges("upgrade", config.schemas(), Privileges.Need.INSERT_HISTORY);
            List<java.nio.file.Path> toRun = status.pending().stream()
                    .filter(p -> flywayTarget.equals("latest") || ScriptCatalog.compare(p.version(), flywayTarget) <= 0)
                    .map(MigrationScript::upgrade).toList();
            TransactionControl.refuseMixed("upgrade", toRun);
            TransactionControl.refuse("upgrade", toRun);
            // the U files as they are when their V runs: what a later downgrade must find unchanged
            Map<String, Integer> downgradeSums = new HashMap<>();
            for (MigrationScript p : status.pending()) {
                downgradeSums.put(ScriptCatalog.normalize(p.version()), p.hasDowngrade() ? ScriptChecksum.of(p.downgrade()) : null);
            }
            List<String> versions = new ArrayList<>();
            List<MigrationInfo> failed = new ArrayList<>();
            Flyway flyway = flyway(flywayTarget, applied, versions, failed);
            LockRetry retry = lockRetry();
            for (int attempt = 1; ; attempt++) {
                failed.clear();
                try {
                    if (attempt > 1) {
                        // what a timed-out non-transactional migration left: its failed row, an invalid index
                        clearFailed(status(), false);
                    }
                    flyway.migrate();
                    break;
                } catch (RetortException e) {
                    // clearing waits for the lock too (DROP INDEX CONCURRENTLY): that wait counts as an attempt
                    if (!LockRetry.isLockTimeout(e) || attempt > retry.retries()) {
                        throw e;
                    }
                    retry.pause("clearing an invalid index", lockWait(null), attempt, notes);
                } catch (FlywayException e) {
                    if (failed.isEmpty()) {
                        throw MigrationFailure.describeValidation(e);
                    }
                    RetortException described = MigrationFailure.describe(e, failed.get(0), catalog,
                            status().current().orElse("base"));
                    if (!LockRetry.isLockTimeout(e)) {
                        recordDowngradeChecksums(versions, downgradeSums);
                        throw described;
                    }
                    Optional<MigrationScript> script = failed.get(0).getVersion() == null ? Optional.empty()
                            : catalog.find(failed.get(0).getVersion().getVersion());
                    String statement = MigrationFailure.statement(e, script.orElse(null));
                    String waited = lockWait(statement);
                    Optional<String> notRetryable = script.flatMap(LockRetry::notRetryable);
                    if (attempt > retry.retries() || notRetryable.isPresent()) {
                        recordDowngradeChecksums(versions, downgradeSums);
                        throw new RetortException(described.getMessage() + "\n  it " + waited + "; "
                                + notRetryable.orElse(retry.gaveUp(attempt - 1)), e);
                    }
                    retry.pause(failed.get(0).getScript(), waited, attempt, notes);
                }
            }
            recordDowngradeChecksums(versions, downgradeSums);
            return applied;
        }
    }

    private void recordDowngradeChecksums(List<String> versions, Map<String, Integer> sums) {
        if (versions.isEmpty()) {
            return;
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (String v : versions) {
                history.recordDowngradeChecksum(c, v, sums.get(ScriptCatalog.normalize(v)));
            }
            c.commit();
        } catch (SQLException e) {
            out.println("note: cannot record the checksums of the downgrade scripts in " + history.qualified()
                    + " (SQLSTATE " + e.getSQLState() + ": " + MigrationFailure.firstLine(e.getMessage())
                    + "); a later downgrade runs them unverified");
        }
    }

    /**
     * Refuses, naming the privilege, the object and the GRANT, when the user may not do what {@code command} does.
     *
     * @param createIn schemas the command creates objects in
     */
    public void requirePrivileges(String command, List<String> createIn, Privileges.Need need) {
        try (Connection c = connect()) {
            Privileges.require(command, c, history, createIn, need);
        } catch (SQLException e) {
            throw new RetortException("cannot check the privileges of the database user on " + url.redacted() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Tables and indexes now in the managed schemas. */
    public SchemaCounts counts() {
        try (Connection c = connect()) {
            return SchemaCounts.of(c, config.schemas(), history);
        } catch (SQLException e) {
            throw new RetortException("cannot count tables on " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses, before anything runs, when an applied script was edited, renamed or deleted after it was applied
     * (what Flyway's validation does on upgrade), for every command that runs or records migrations.
     *
     * @param command the verb the refusal names ("downgrade", "stamp" …)
     */
    public void verifyApplied(String command) {
        AppliedScriptCheck.refuse(command, AppliedScriptCheck.upgrades(status()));
    }

    /** The checksum of each upgrade script on disk (Flyway's), by normalized version. */
    public Map<String, Integer> resolvedChecksums() {
        Map<String, Integer> sums = new HashMap<>();
        for (MigrationScript s : catalog().scripts()) {
            sums.put(ScriptCatalog.normalize(s.version()), ScriptChecksum.of(s.upgrade()));
        }
        return sums;
    }

    public MigrationLock lock() {
        Duration wait = config.interval(Setting.LOCK_WAIT).duration();
        return MigrationLock.acquire(url, history.qualified(), wait, out);
    }

    public Connection connect() {
        try {
            Connection c = url.connect();
            try (var s = c.createStatement()) {
                s.execute(sessionSettings());
            }
            return c;
        } catch (SQLException e) {
            throw new RetortException("cannot connect to " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Settings of every migration session: the timeouts, and a check that notices a vanished client during a
     * long statement so that a killed run's transaction is rolled back at once.
     */
    public String sessionSettings() {
        return "SET lock_timeout = " + SqlNames.literal(config.interval(Setting.LOCK_TIMEOUT).postgres())
                + "; SET statement_timeout = " + SqlNames.literal(config.interval(Setting.STATEMENT_TIMEOUT).postgres())
                + "; DO $retort$ BEGIN"
                // the setting exists from PostgreSQL 14 on
                + " IF current_setting('server_version_num')::int >= 140000 THEN"
                + " PERFORM set_config('client_connection_check_interval', '1s', false); END IF; END $retort$";
    }

    private String resolveUpgradeTarget(String target, MigrationStatus status) {
        List<MigrationScript> pending = status.pending();
        if (target == null || target.equals("head")) {
            return pending.isEmpty() ? null : "latest";
        }
        if (target.startsWith("+")) {
            int n = parseCount(target);
            if (n > pending.size()) {
                throw new RetortException("cannot upgrade " + target + ": only " + pending.size() + " migration"
                        + (pending.size() == 1 ? " is" : "s are") + " pending");
            }
            return pending.get(n - 1).version();
        }
        Optional<MigrationScript> script = status.catalog().find(target);
        if (script.isEmpty()) {
            throw new RetortException("no migration with version " + target + " in " + config.migrationLocations()
                    + "; `retort history` lists them");
        }
        boolean anyBelow = pending.stream().anyMatch(p -> ScriptCatalog.compare(p.version(), target) <= 0);
        return anyBelow ? script.get().version() : null;
    }

    static int parseCount(String spec) {
        try {
            int n = Integer.parseInt(spec.substring(1));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new RetortException("not a step count: " + spec + "; write e.g. " + spec.charAt(0) + "1");
        }
    }

    // A migration that failed outside a transaction left a failed row; its statements are written to be rerun.
    private void resumeFailed(MigrationStatus status) {
        clearFailed(status, true);
    }

    /**
     * A run killed inside a non-transactional migration leaves no failed row, but may leave an invalid index that
     * the rerun's {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} would skip: those of pending scripts are dropped.
     */
    private void clearInterrupted(MigrationStatus status) {
        List<MigrationScript> nonTransactional = status.pending().stream()
                .filter(p -> LockRetry.runsOutsideTransaction(p.upgrade())).toList();
        if (nonTransactional.isEmpty()) {
            return;
        }
        try (Connection c = connect()) {
            for (MigrationScript script : nonTransactional) {
                InvalidIndexes.dropLeftBy(c, script, out);
            }
        } catch (SQLException e) {
            throw new RetortException("cannot drop the invalid indexes an interrupted run left: " + e.getMessage(), e);
        }
    }

    private void clearFailed(MigrationStatus status, boolean announce) {
        if (status.failed().isEmpty()) {
            return;
        }
        try (Connection c = connect()) {
            for (HistoryRow row : status.failed()) {
                if (announce) {
                    out.println("resuming " + row.script() + ": it failed outside a transaction; rerunning it");
                }
                Optional<MigrationScript> script = status.catalog().find(row.version());
                if (script.isPresent()) {
                    InvalidIndexes.dropLeftBy(c, script.get(), out);
                }
            }
            history.deleteFailed(c);
        } catch (SQLException e) {
            throw new RetortException("cannot clear the failed migration rows in " + history.qualified() + ": "
                    + e.getMessage(), e);
        }
    }

    Flyway flyway(String target, List<String> applied, List<String> versions, List<MigrationInfo> failed) {
        List<String> locations = config.migrationLocations().stream().map(p -> "filesystem:" + p).toList();
        FluentConfiguration fc = Flyway.configure(getClass().getClassLoader())
                .dataSource(url.dataSource())
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(false)
                .defaultSchema(history.schema())
                .table(history.table())
                // branches with timestamp versions merge lower versions after higher ones were applied
                .outOfOrder(true)
                .cleanDisabled(true)
                .initSql(sessionSettings())
                .target(target)
                .callbacks(new MigrationPrinter(out, progress, this::startClean, applied, versions, failed));
        // Retort holds its own session lock; Flyway's transactional lock would make CREATE INDEX
        // CONCURRENTLY wait for Flyway's own open transaction until lock_timeout
        fc.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return fc.load();
    }

    /**
     * Every migration starts from the same session: a {@code SET} in one migration (a longer lock_timeout, another
     * role) must not carry over into the next, so settings are reset and Retort's are set again. The search path
     * Flyway chose for the migration stays.
     */
    private void startClean(Connection c) {
        try (var s = c.createStatement()) {
            s.execute("DO $retort$ DECLARE path text := current_setting('search_path'); BEGIN RESET ALL;"
                    + " PERFORM set_config('search_path', path, false); END $retort$; " + sessionSettings());
        } catch (SQLException e) {
            throw new RetortException("cannot reset the session before the next migration: " + e.getMessage(), e);
        }
    }
}
