package dev.retort.runner.cli;

import dev.retort.runner.MigrationStatus;

/** Position renders where a database stands: {@code 20261128031500 (head)} or {@code base (3 pending)}. */
final class Position {

    private Position() {
    }

    static String of(MigrationStatus status) {
        String version = status.current().orElse("base");
        int pending = status.pending().size();
        if (pending == 0 && status.catalog().heads().size() <= 1) {
            return version + " (head)";
        }
        return version + " (" + pending + " pending)";
    }
}
