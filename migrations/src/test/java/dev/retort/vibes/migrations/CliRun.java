package dev.retort.vibes.migrations;

/**
 * CliRun is one in-process run of the {@code retort} CLI: its exit code and what it printed.
 *
 * @param code exit code (0 ok, 1 differences, 2 error)
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
