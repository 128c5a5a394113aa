package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:heads}: lists the head migrations; fails the build while branches are unmerged. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class HeadsMojo extends RetortMojo {

    /** text or json. */
    @Parameter(property = "retort.format", defaultValue = "text")
    String format;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("heads"));
        args.add("--format");
        args.add(format);
        return args;
    }

    @Override
    String failure() {
        return "the migrations have more than one head; run retort:merge";
    }
}
