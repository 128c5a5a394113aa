package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:roundtrip}: proves on a scratch database that every upgrade and its downgrade leave the schema as it was; fails the build otherwise. */
@Mojo(name = "roundtrip", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class RoundtripMojo extends RetortMojo {

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("roundtrip"));
        return args;
    }

    @Override
    boolean usesDefinition() {
        return true;
    }

    @Override
    String failure() {
        return "the round trip did not return to the same schema (the report is above)";
    }
}
