package dev.retort.runner;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Repairer accepts intended edits of applied migrations, like Flyway's {@code repair}: it records the current
 * name, description and checksum of each edited or renamed {@code V} file, and the current checksum of each edited
 * {@code U} file, in the history table, so later commands (and Flyway) validate against the files as they are.
 * Deleted files are not repaired: restoring them is the fix. Without confirmation it only lists what it would
 * record.
 *
 * <pre>{@code
 * List<ScriptMismatch> accepted = new Repairer(runner, System.out).repair(true);
 * }</pre>
 */
public final class Repairer {

    private final MigrationRunner runner;
    private final PrintStream out;

    public Repairer(MigrationRunner runner, PrintStream out) {
        this.runner = runner;
        this.out = out;
    }

    /**
     * Records the files as they are now when {@code confirmed}; otherwise refuses, listing what would be recorded.
     *
     * @return the mismatches accepted (empty when the history already matches the files)
     */
    @SuppressWarnings("try") // the lock is held for the try block's length; its body never names it
    public List<ScriptMismatch> repair(boolean confirmed) {
        try (MigrationLock lock = runner.lock()) {
            MigrationStatus status = runner.status();
            List<ScriptMismatch> all = new ArrayList<>(AppliedScriptCheck.upgrades(status));
            all.addAll(AppliedScriptCheck.downgrades(status.applied(), status.catalog()));
            List<ScriptMismatch> deleted = all.stream().filter(m -> !m.repairable()).toList();
            if (!deleted.isEmpty()) {
                throw new RetortException("refusing to repair: " + String.join("; ",
                        deleted.stream().map(ScriptMismatch::describe).toList())
                        + ". Restore the deleted file" + (deleted.size() == 1 ? "" : "s")
                        + " (e.g. git checkout); nothing was recorded");
            }
            if (all.isEmpty()) {
                return all;
            }
            if (!confirmed) {
                throw new RetortException("repair would record " + all.size() + " file" + (all.size() == 1 ? "" : "s")
                        + " as they are now: " + String.join("; ", all.stream().map(ScriptMismatch::describe).toList())
                        + ". Only do this when the database already matches the edited files; then run"
                        + " `retort repair --yes`");
            }
            runner.requirePrivileges("repair", List.of(), Privileges.Need.UPDATE_HISTORY);
            try (Connection c = runner.connect()) {
                c.setAutoCommit(false);
                runner.history().addDowngradeChecksums(c);
                for (ScriptMismatch m : all) {
                    record(c, m, status);
                }
                c.commit();
            } catch (SQLException e) {
                throw new RetortException("cannot repair " + runner.history().qualified() + ": " + e.getMessage(), e);
            }
            return all;
        }
    }

    private void record(Connection c, ScriptMismatch m, MigrationStatus status) throws SQLException {
        HistoryRow row = status.applied().stream().filter(r -> r.version().equals(m.version()))
                .reduce((x, y) -> y).orElseThrow();
        Optional<MigrationScript> script = status.catalog().find(row.version());
        if (m.kind() == ScriptMismatch.Kind.DOWNGRADE_EDITED) {
            runner.history().recordDowngradeChecksum(c, row.version(), m.fileChecksum());
            out.println("recorded " + m.file() + " as it is now: checksum " + m.fileChecksum() + " (was "
                    + m.recordedChecksum() + ")");
        } else {
            runner.history().realign(c, row.rank(), m.file(), script.orElseThrow().description(), m.fileChecksum());
            out.println("recorded " + m.file() + " as it is now: checksum " + m.fileChecksum() + " (was "
                    + m.recordedChecksum() + (m.kind() == ScriptMismatch.Kind.RENAMED ? ", named " + m.recorded() : "")
                    + ")");
        }
    }
}
