package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:revision}: writes the next migration (an upgrade and its downgrade), from the declaration with {@code -Dretort.autogenerate}. */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class RevisionMojo extends RetortMojo {

    /** What the migration does (names the files). */
    @Parameter(property = "retort.message", required = true)
    String message;

    /** Generate from the difference between the database at head and the declaration. */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** Write changes that delete data (drops, narrowing types). */
    @Parameter(property = "retort.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("revision"));
        args.add("-m");
        args.add(message);
        if (autogenerate) {
            args.add("--autogenerate");
        }
        if (allowDestructive) {
            args.add("--allow-destructive");
        }
        return args;
    }

    @Override
    boolean usesDefinition() {
        return true;
    }
}
