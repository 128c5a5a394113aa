package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:history}: lists the migrations, applied and pending. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class HistoryMojo extends RetortMojo {

    /** text or json. */
    @Parameter(property = "retort.format", defaultValue = "text")
    String format;

    /** Also the state, file, parents, user and execution time. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("history"));
        args.add("--format");
        args.add(format);
        if (verbose) {
            args.add("--verbose");
        }
        return args;
    }
}
