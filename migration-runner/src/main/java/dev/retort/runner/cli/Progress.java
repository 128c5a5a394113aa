package dev.retort.runner.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/** Progress holds the stream that swallows what {@code --quiet} leaves out. */
final class Progress {

    /** Prints nothing. */
    static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

    private Progress() {
    }
}
