package dev.retort.runner;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.io.PrintStream;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * MigrationPrinter is the Flyway callback of an upgrade: before each migration it resets the session (see
 * {@code MigrationRunner}) and says which one starts on {@code progress}; after it, it prints the migration on
 * {@code out} (with its time on {@code progress} when over a second) and records what was applied or failed.
 */
final class MigrationPrinter implements Callback {

    private final PrintStream out;
    private final PrintStream progress;
    private final Consumer<Connection> startClean;
    private final List<String> applied;
    private final List<String> versions;
    private final List<MigrationInfo> failed;
    private long started;

    MigrationPrinter(PrintStream out, PrintStream progress, Consumer<Connection> startClean, List<String> applied,
                     List<String> versions, List<MigrationInfo> failed) {
        this.out = out;
        this.progress = progress;
        this.startClean = startClean;
        this.applied = applied;
        this.versions = versions;
        this.failed = failed;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo m = context.getMigrationInfo();
        if (event == Event.BEFORE_EACH_MIGRATE) {
            startClean.accept(context.getConnection());
            started = System.nanoTime();
            progress.println("applying " + m.getScript());
            return;
        }
        if (event == Event.AFTER_EACH_MIGRATE_ERROR) {
            failed.add(m);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > 1000) {
            progress.printf(Locale.ROOT, "applied %s in %.1f s%n", m.getScript(), millis / 1000.0);
        }
        applied.add(m.getScript());
        if (m.getVersion() != null) {
            versions.add(m.getVersion().getVersion());
        }
        out.println("applied  " + m.getScript());
    }

    @Override
    public String getCallbackName() {
        return "retort-printer";
    }
}
