package dev.retort.runner;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stamper records a version in the history table without running any migration (recovery, or adopting a database
 * that was built another way): rows above the version are removed, scripts up to it are recorded as applied with
 * the checksum Flyway computes, so Flyway validates the result.
 *
 * <pre>{@code
 * new Stamper(runner, System.out).stamp("head");
 * }</pre>
 */
public final class Stamper {

    private final MigrationRunner runner;
    private final PrintStream out;

    public Stamper(MigrationRunner runner, PrintStream out) {
        this.runner = runner;
        this.out = out;
    }

    /**
     * Stamps {@code target}: a version, {@code head} or {@code base}.
     *
     * @return the version now recorded, or {@code base}
     */
    public String stamp(String target) {
        return stamp(target, true);
    }

    /**
     * Stamps like {@link #stamp(String)} without first checking the applied files against the history: for
     * {@code squash}, which archived those files on purpose and rewrites the history to its baseline.
     */
    public String rewriteHistory(String target) {
        return stamp(target, false);
    }

    @SuppressWarnings("try") // the lock is held for the try block's length; its body never names it
    private String stamp(String target, boolean verify) {
        try (MigrationLock lock = runner.lock()) {
            MigrationStatus status = runner.status();
            if (verify) {
                AppliedScriptCheck.refuse("stamp " + target, AppliedScriptCheck.upgrades(status));
            }
            runner.requirePrivileges("stamp " + target, List.of(), Privileges.Need.REWRITE_HISTORY);
            ScriptCatalog catalog = status.catalog();
            String version;
            if (target.equals("base")) {
                version = null;
            } else if (target.equals("head")) {
                version = catalog.head().orElse(null);
            } else {
                version = catalog.find(target).map(MigrationScript::version).orElseThrow(() -> new RetortException(
                        "no migration with version " + target + "; `retort history` lists them"));
            }
            List<String> changes = new ArrayList<>();
            try (Connection c = runner.connect()) {
                c.setAutoCommit(false);
                runner.history().createIfMissing(c);
                runner.history().addDowngradeChecksums(c);
                List<HistoryRow> rows = new ArrayList<>(runner.history().rows(c));
                java.util.Collections.reverse(rows);
                for (HistoryRow row : rows) {
                    boolean above = row.version() != null
                            && (version == null || ScriptCatalog.compare(row.version(), version) > 0);
                    if (above || !row.success()) {
                        runner.history().delete(c, row.rank());
                        changes.add("unrecorded " + row.script());
                    }
                }
                if (version != null) {
                    for (MigrationScript s : status.pending()) {
                        if (ScriptCatalog.compare(s.version(), version) <= 0) {
                            String script = locationRelative(s);
                            runner.history().insertApplied(c, s.version(), s.description(), script,
                                    ScriptChecksum.of(s.upgrade()));
                            runner.history().recordDowngradeChecksum(c, s.version(),
                                    s.hasDowngrade() ? ScriptChecksum.of(s.downgrade()) : null);
                            changes.add("recorded " + script);
                        }
                    }
                }
                c.commit();
            } catch (SQLException e) {
                throw new RetortException("cannot stamp " + target + " in " + runner.history().qualified() + ": "
                        + e.getMessage(), e);
            }
            changes.forEach(out::println);
            return version == null ? "base" : version;
        }
    }

    // Flyway records the script path relative to its location
    private String locationRelative(MigrationScript s) {
        return s.upgrade().getFileName().toString();
    }
}
