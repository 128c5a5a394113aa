package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:check}: fails the build when the database (or the migration chain) differs from the declaration; usable in {@code verify}. */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends RetortMojo {

    /** Check the whole migration chain (applied to a scratch database) instead of the database. */
    @Parameter(property = "retort.checkMigrations", defaultValue = "false")
    boolean migrations;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("check"));
        if (migrations) {
            args.add("--migrations");
        }
        return args;
    }

    @Override
    boolean usesDefinition() {
        return true;
    }

    @Override
    String failure() {
        return "the database differs from the declaration (the differences are listed above)";
    }
}
