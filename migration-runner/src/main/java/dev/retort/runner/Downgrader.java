package dev.retort.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Downgrader reverts applied migrations newest first (by the order they were applied), running each downgrade
 * script and deleting its history row in one transaction, so a failure leaves the database at a clean version.
 * Before running anything it checks that no applied script was edited, renamed or deleted, that each downgrade
 * to run is the one recorded when its upgrade was applied, and that every needed downgrade exists.
 *
 * <pre>{@code
 * new Downgrader(runner, System.out).downgrade("-1");     // the last one
 * new Downgrader(runner, System.out).downgrade("base");   // all of them
 * }</pre>
 */
public final class Downgrader {

    private final MigrationRunner runner;
    private final PrintStream out;

    public Downgrader(MigrationRunner runner, PrintStream out) {
        this.runner = runner;
        this.out = out;
    }

    /**
     * Reverts down to {@code target}: a version (it stays applied), {@code -N}, or {@code base}.
     *
     * @return the downgrade scripts run, in order
     */
    @SuppressWarnings("try") // the lock is held for the try block's length; its body never names it
    public List<String> downgrade(String target) {
        try (MigrationLock lock = runner.lock()) {
            MigrationStatus status = runner.status();
            AppliedScriptCheck.refuse("downgrade", AppliedScriptCheck.upgrades(status));
            List<HistoryRow> toRevert = rowsToRevert(target, status);
            AppliedScriptCheck.refuse("downgrade", AppliedScriptCheck.downgrades(toRevert, status.catalog()));
            List<String> missing = new ArrayList<>();
            List<MigrationScript> scripts = new ArrayList<>();
            for (HistoryRow row : toRevert) {
                Optional<MigrationScript> script = status.catalog().find(row.version());
                if (!row.type().equals("SQL")) {
                    missing.add(row.version() + " is a " + row.type() + " row, which has no downgrade");
                } else if (script.isEmpty()) {
                    missing.add(row.script() + " is no longer on disk");
                } else if (!script.get().hasDowngrade()) {
                    missing.add(script.get().expectedDowngradeName() + " (beside " + script.get().upgrade() + ")");
                } else {
                    scripts.add(script.get());
                }
            }
            if (!missing.isEmpty()) {
                throw new RetortException("refusing to downgrade to " + target + ": missing downgrade"
                        + (missing.size() > 1 ? "s: " : ": ") + String.join("; ", missing)
                        + ". Nothing was run; write the missing script(s) first");
            }
            if (!scripts.isEmpty()) {
                runner.requirePrivileges("downgrade", List.of(), Privileges.Need.DELETE_HISTORY);
            }
            TransactionControl.refuseMixed("downgrade", scripts.stream().map(MigrationScript::downgrade).toList());
            TransactionControl.refuse("downgrade", scripts.stream().map(MigrationScript::downgrade).toList());
            List<String> done = new ArrayList<>();
            for (int i = 0; i < toRevert.size(); i++) {
                if (toRevert.get(i).downgradeChecksum() == null) {
                    out.println("note: " + scripts.get(i).downgrade().getFileName() + " runs unverified: no checksum of"
                            + " it was recorded when " + toRevert.get(i).script() + " was applied (by plain Flyway,"
                            + " or before Retort recorded downgrade checksums)");
                }
                revertRetrying(scripts.get(i), toRevert.get(i));
                done.add(scripts.get(i).downgrade().getFileName().toString());
                out.println("reverted " + scripts.get(i).downgrade().getFileName());
            }
            return done;
        }
    }

    private List<HistoryRow> rowsToRevert(String target, MigrationStatus status) {
        List<HistoryRow> applied = new ArrayList<>(status.applied());
        java.util.Collections.reverse(applied);   // newest first
        // a migration left half-run outside a transaction (a failed upgrade, a downgrade killed in the middle) is
        // reverted first: its downgrade continues from where it stopped (its statements are rerunnable)
        List<HistoryRow> partial = new ArrayList<>(status.failed().stream().filter(r -> r.version() != null).toList());
        java.util.Collections.reverse(partial);
        applied.addAll(0, partial);
        if (target.equals("base")) {
            return applied;
        }
        if (target.startsWith("-")) {
            int n = MigrationRunner.parseCount(target);
            if (n > applied.size()) {
                throw new RetortException("cannot downgrade " + target + ": only " + applied.size() + " migration"
                        + (applied.size() == 1 ? " is" : "s are") + " applied");
            }
            return applied.subList(0, n);
        }
        boolean known = status.catalog().find(target).isPresent()
                || applied.stream().anyMatch(r -> ScriptCatalog.compare(r.version(), target) == 0);
        if (!known) {
            throw new RetortException("no migration with version " + target + "; `retort history` lists them"
                    + " (or use -N or base)");
        }
        return applied.stream().filter(r -> ScriptCatalog.compare(r.version(), target) > 0).toList();
    }

    /** {@link #revert}, run again after a lock timeout as {@link LockRetry} says. */
    private void revertRetrying(MigrationScript script, HistoryRow row) {
        LockRetry retry = runner.lockRetry();
        for (int attempt = 1; ; attempt++) {
            try {
                revert(script, row);
                return;
            } catch (StatementFailed e) {
                if (!LockRetry.isLockTimeout(e)) {
                    throw e;
                }
                String waited = runner.lockWait(e.statement);
                Optional<String> notRetryable = LockRetry.notRetryable(script.downgrade());
                if (attempt > retry.retries() || notRetryable.isPresent()) {
                    throw new RetortException(e.getMessage() + "\n  it " + waited + "; "
                            + notRetryable.orElse(retry.gaveUp(attempt - 1)), e.getCause());
                }
                retry.pause(script.downgrade().getFileName().toString(), waited, attempt, runner.notes());
            }
        }
    }

    /** A statement of a downgrade failed; the message says where and what state it left. */
    private static final class StatementFailed extends RetortException {
        private static final long serialVersionUID = 1L;
        private final transient String statement;

        StatementFailed(String message, String statement, SQLException cause) {
            super(message, cause);
            this.statement = statement;
        }
    }

    private void revert(MigrationScript script, HistoryRow row) {
        SqlScript sql;
        try {
            sql = SqlScript.parse(Files.readString(script.downgrade()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script.downgrade() + ": " + e.getMessage(), e);
        }
        boolean transactional = !TransactionControl.isNonTransactional(script.downgrade(), sql);
        try (Connection c = runner.connect()) {
            if (!transactional) {
                // committed first: a run killed in the middle leaves the row saying the version is half-applied
                runner.history().markIncomplete(c, row.rank());
                InvalidIndexes.dropLeftBy(c, script.downgrade(), out);
            }
            c.setAutoCommit(!transactional);
            for (SqlScript.Statement st : sql.statements()) {
                try (Statement s = c.createStatement()) {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    if (transactional) {
                        c.rollback();
                    }
                    throw new StatementFailed(script.downgrade().getFileName() + " failed at statement " + st.number()
                            + " (line " + st.line() + "), SQLSTATE " + e.getSQLState() + ": "
                            + MigrationFailure.firstLine(e.getMessage()) + "\n  statement: " + st.brief() + "\n  "
                            + (transactional ? "the whole downgrade was rolled back; " + row.version() + " stays applied"
                            : "it ran outside a transaction; fix the cause and run downgrade again"), st.sql(), e);
                }
            }
            runner.history().delete(c, row.rank());
            if (transactional) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new RetortException("downgrade " + script.downgrade().getFileName() + " could not be recorded: "
                    + e.getMessage(), e);
        }
    }
}
