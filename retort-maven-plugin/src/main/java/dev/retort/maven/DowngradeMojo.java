package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:downgrade}: reverts migrations down to {@code retort.target} (a version, -N or base). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DowngradeMojo extends RetortMojo {

    /** A version (stays applied), -N for the last N, or base. */
    @Parameter(property = "retort.target", required = true)
    String target;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("downgrade"));
        args.add(target);
        return args;
    }
}
