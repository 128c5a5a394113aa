package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:squash}: replaces the migrations by one baseline. */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class SquashMojo extends RetortMojo {

    /** Description of the baseline. */
    @Parameter(property = "retort.message", defaultValue = "baseline")
    String message;

    /** Allow a database other than the embedded development one. */
    @Parameter(property = "retort.force", defaultValue = "false")
    boolean force;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("squash"));
        args.add("-m");
        args.add(message);
        if (force) {
            args.add("--force");
        }
        return args;
    }

    @Override
    boolean usesDefinition() {
        return true;
    }
}
