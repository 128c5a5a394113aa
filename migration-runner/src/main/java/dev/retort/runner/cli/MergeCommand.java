package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.runner.RetortException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code retort merge}: not wired yet. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Not available yet in this build.")
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Override
    public Integer call() {
        throw new RetortException("retort merge is not available in this build yet");
    }
}
