package dev.retort.runner.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.unmanaged.BlockedChange;
import dev.retort.diff.unmanaged.BlockedChanges;
import dev.retort.diff.unmanaged.UnmanagedComparison;
import dev.retort.diff.unmanaged.UnmanagedDifference;
import dev.retort.runner.RetortException;
import dev.retort.schema.model.SchemaModel;

/**
 * Differences compares two inspected sides honestly (the model and what Retort does not manage), prints what a
 * comparison found, one item per line, and holds the shared summaries.
 */
final class Differences {

    /**
     * Exit code of {@code diff --exit-code}, {@code check} and {@code roundtrip} when the two sides differ in
     * something Retort does not manage (an object kind or a detail its model does not hold): no migration that
     * Retort writes makes them equal.
     */
    static final int UNMANAGED = 3;

    private Differences() {
    }

    /** The changes from {@code from} to {@code to} and every difference outside the model. */
    static DiffResult compare(Inspection from, Inspection to, UnmanagedComparison.Scope scope) {
        return compare(from, to, scope, false);
    }

    /** The same, planned in lock-safe forms when {@code lockSafe} (what revision and diff write by default). */
    static DiffResult compare(Inspection from, Inspection to, UnmanagedComparison.Scope scope, boolean lockSafe) {
        return DiffEngine.of(lockSafe).diff(from.model(), to.model())
                .withUnmanaged(UnmanagedComparison.compare(from, to, scope));
    }

    /**
     * Refuses (naming each dependent) a result whose upgrade (run on {@code from}) or downgrade (run on {@code to})
     * drops or retypes something an unmanaged object depends on, unless {@code allow}; with it, marks those
     * statements HAS_UNTRACKABLE_DEPENDENCIES.
     */
    static DiffResult guarded(DiffResult result, Inspection from, Inspection to, boolean allow, boolean downgrade) {
        List<BlockedChange> up = BlockedChanges.find(result.changes(), from.dependents());
        List<BlockedChange> down = BlockedChanges.find(DiffEngine.inverses(result.changes()), to.dependents());
        List<BlockedChange> checked = downgrade ? down : up;
        if (!checked.isEmpty() && !allow) {
            throw new RetortException(BlockedChanges.refusal(checked));
        }
        return BlockedChanges.marked(result, up, down);
    }

    static void print(DiffResult result, PrintStream out) {
        for (SchemaChange c : result.changes()) {
            out.println("  - " + c.describe());
        }
        for (UnmanagedDifference u : result.unmanaged()) {
            out.println("  - not managed by Retort: " + u.describe());
        }
    }

    /** On stderr: what the two sides differ in that no SQL of Retort's covers. */
    static void printUnmanaged(DiffResult result, PrintStream err) {
        if (!result.hasUnmanagedDifferences()) {
            return;
        }
        int n = result.unmanaged().size();
        err.println("the schemas are NOT equal: " + n + (n == 1 ? " difference" : " differences")
                + " in what Retort does not manage (no SQL is written for " + (n == 1 ? "it" : "them") + "):");
        result.unmanaged().forEach(u -> err.println("  - " + u.describe()));
    }

    /** 0 when equal, {@link #UNMANAGED} when something outside the model differs, else {@code changes}. */
    static int exitCode(DiffResult result, int changes) {
        if (result.hasUnmanagedDifferences()) {
            return UNMANAGED;
        }
        return result.changes().isEmpty() ? 0 : changes;
    }

    static String summary(SchemaModel model) {
        int tables = model.tables().size();
        int indexes = model.physicalIndexCount();
        return tables + (tables == 1 ? " table, " : " tables, ") + indexes + (indexes == 1 ? " index" : " indexes");
    }

    static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
