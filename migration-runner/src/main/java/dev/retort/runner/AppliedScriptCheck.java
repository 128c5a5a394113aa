package dev.retort.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * AppliedScriptCheck compares every applied migration in the history with its file on disk, before a command
 * runs or records anything: a {@code V} file edited, renamed or deleted after it was applied, and a {@code U} file
 * edited after its {@code V} was applied. Flyway refuses to start an application on the first three, so Retort
 * refuses to pretend the deploy went well.
 *
 * <pre>{@code
 * AppliedScriptCheck.refuse("upgrade", AppliedScriptCheck.upgrades(runner.status()));
 * }</pre>
 */
public final class AppliedScriptCheck {

    private AppliedScriptCheck() {
    }

    /** The applied {@code V} files that were edited, renamed or deleted. */
    public static List<ScriptMismatch> upgrades(MigrationStatus status) {
        List<ScriptMismatch> found = new ArrayList<>();
        for (HistoryRow row : status.applied()) {
            if (!row.type().equals("SQL")) {
                continue;   // baselines and Java migrations have no SQL file
            }
            String recorded = fileName(row.script());
            Optional<MigrationScript> script = status.catalog().find(row.version());
            if (script.isEmpty()) {
                String movedTo = status.pending().stream()
                        .filter(p -> row.checksum() != null && row.checksum() == ScriptChecksum.of(p.upgrade()))
                        .map(p -> p.upgrade().getFileName().toString()).findFirst().orElse(null);
                found.add(new ScriptMismatch(ScriptMismatch.Kind.DELETED, row.version(), recorded, movedTo, row.checksum(), null));
                continue;
            }
            String file = script.get().upgrade().getFileName().toString();
            int now = ScriptChecksum.of(script.get().upgrade());
            if (!file.equals(recorded)) {
                found.add(new ScriptMismatch(ScriptMismatch.Kind.RENAMED, row.version(), recorded, file, row.checksum(), now));
            } else if (row.checksum() != null && row.checksum() != now) {
                found.add(new ScriptMismatch(ScriptMismatch.Kind.EDITED, row.version(), recorded, file, row.checksum(), now));
            }
        }
        return found;
    }

    /** The {@code U} files of {@code rows} whose checksum differs from the one recorded with their {@code V}. */
    public static List<ScriptMismatch> downgrades(List<HistoryRow> rows, ScriptCatalog catalog) {
        List<ScriptMismatch> found = new ArrayList<>();
        for (HistoryRow row : rows) {
            Optional<Path> downgrade = catalog.find(row.version()).map(MigrationScript::downgrade);
            if (row.downgradeChecksum() == null || downgrade.isEmpty() || downgrade.get() == null) {
                continue;
            }
            int now = ScriptChecksum.of(downgrade.get());
            if (!Objects.equals(row.downgradeChecksum(), now)) {
                String name = downgrade.get().getFileName().toString();
                found.add(new ScriptMismatch(ScriptMismatch.Kind.DOWNGRADE_EDITED, row.version(), name, name, row.downgradeChecksum(), now));
            }
        }
        return found;
    }

    /** Throws, naming every mismatch and the fix, when there is any. */
    public static void refuse(String command, List<ScriptMismatch> mismatches) {
        if (mismatches.isEmpty()) {
            return;
        }
        StringBuilder m = new StringBuilder("refusing to " + command + ": " + mismatches.size() + " applied migration"
                + (mismatches.size() == 1 ? " differs" : "s differ") + " from the history; nothing was run or recorded");
        for (ScriptMismatch s : mismatches) {
            m.append("\n  ").append(s.describe());
        }
        boolean deleted = mismatches.stream().anyMatch(s -> !s.repairable());
        m.append("\n  fix: restore the applied file").append(mismatches.size() == 1 ? "" : "s")
                .append(" (e.g. git checkout) and put the change in a new migration (retort revision)");
        if (!deleted) {
            m.append("; or, if the edit is intended and the database already matches the file, run"
                    + " `retort repair --yes` to record the file as it is now");
        }
        throw new RetortException(m.toString());
    }

    // Flyway records the path relative to its location
    private static String fileName(String script) {
        int slash = Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\'));
        return slash < 0 ? script : script.substring(slash + 1);
    }
}
