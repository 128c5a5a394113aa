package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:lint}: lints every upgrade migration of the project; fails the build on findings. */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class LintMojo extends RetortMojo {

    /** text or json. */
    @Parameter(property = "retort.format", defaultValue = "text")
    String format;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("lint"));
        args.add("--all");
        args.add("--format");
        args.add(format);
        return args;
    }

    @Override
    String failure() {
        return "the linter found problems (listed above)";
    }
}
