package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.runner.RetortException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code retort squash}: not wired yet. */
@Command(name = "squash", mixinStandardHelpOptions = true, description = "Not available yet in this build.")
final class SquashCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Override
    public Integer call() {
        throw new RetortException("retort squash is not available in this build yet");
    }
}
