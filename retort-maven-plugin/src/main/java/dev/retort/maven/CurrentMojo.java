package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:current}: prints the database's version. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CurrentMojo extends RetortMojo {

    /** text or json. */
    @Parameter(property = "retort.format", defaultValue = "text")
    String format;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("current"));
        args.add("--format");
        args.add(format);
        return args;
    }
}
