package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:stamp}: records a version as applied without running anything. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class StampMojo extends RetortMojo {

    /** A version, head or base. */
    @Parameter(property = "retort.target", required = true)
    String target;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("stamp"));
        args.add(target);
        return args;
    }
}
