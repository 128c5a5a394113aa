package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:merge}: writes the migration that joins the heads in one order. */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class MergeMojo extends RetortMojo {

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("merge"));
        return args;
    }
}
