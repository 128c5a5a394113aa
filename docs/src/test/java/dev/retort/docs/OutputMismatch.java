package dev.retort.docs;

/**
 * OutputMismatch is a failure where a command or build did what the guide says (same exit code, same effect) but
 * printed other text: the steps after it still run, since the state they build on is the one the guide describes.
 */
final class OutputMismatch extends AssertionError {

    OutputMismatch(String message) {
        super(message);
    }
}
