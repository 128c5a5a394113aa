package dev.retort.runner.cli;

import java.util.concurrent.Callable;

import dev.retort.runner.RetortException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code retort check}: not wired yet. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Not available yet in this build.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Override
    public Integer call() {
        throw new RetortException("retort check is not available in this build yet");
    }
}
