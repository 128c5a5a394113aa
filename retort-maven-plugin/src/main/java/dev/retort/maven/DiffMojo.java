package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:diff}: prints the SQL from one schema source to another. */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class DiffMojo extends RetortMojo {

    /** URL or class:&lt;fqcn&gt;. */
    @Parameter(property = "retort.from", required = true)
    String from;

    /** URL or class:&lt;fqcn&gt;. */
    @Parameter(property = "retort.to", required = true)
    String to;

    /** Print the downgrade instead. */
    @Parameter(property = "retort.down", defaultValue = "false")
    boolean down;

    /** Fail the build when there are differences. */
    @Parameter(property = "retort.exitCode", defaultValue = "false")
    boolean exitCode;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("diff"));
        args.add("--from");
        args.add(from);
        args.add("--to");
        args.add(to);
        if (down) {
            args.add("--down");
        }
        if (exitCode) {
            args.add("--exit-code");
        }
        return args;
    }

    @Override
    boolean usesDefinition() {
        return true;
    }

    @Override
    String failure() {
        return "the sources differ (listed above)";
    }
}
