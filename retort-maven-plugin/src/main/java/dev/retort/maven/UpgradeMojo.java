package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:upgrade}: applies pending migrations up to {@code retort.target} (default head). */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class UpgradeMojo extends RetortMojo {

    /** head (default), a version, or +N. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Print the SQL that would run instead of running it. */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("upgrade"));
        args.add(target);
        if (sql) {
            args.add("--sql");
        }
        return args;
    }
}
