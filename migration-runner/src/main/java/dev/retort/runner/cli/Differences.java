package dev.retort.runner.cli;

import java.io.OutputStream;
import java.io.PrintStream;

import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.SchemaModel;

/** Differences prints what a comparison found, one change per line, and shared summaries. */
final class Differences {

    private Differences() {
    }

    static void print(DiffResult result, PrintStream out) {
        for (SchemaChange c : result.changes()) {
            out.println("  - " + c.describe());
        }
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
