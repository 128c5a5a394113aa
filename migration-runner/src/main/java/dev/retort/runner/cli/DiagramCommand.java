package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.runner.RetortException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code retort diagram}: not wired yet. */
@Command(name = "diagram", mixinStandardHelpOptions = true, description = "Not available yet in this build.")
final class DiagramCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Override
    public Integer call() {
        throw new RetortException("retort diagram is not available in this build yet");
    }
}
