package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:inspect}: prints the database's schema as a definition class or SQL. */
@Mojo(name = "inspect", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class InspectMojo extends RetortMojo {

    /** java or sql. */
    @Parameter(property = "retort.format", defaultValue = "java")
    String format;

    /** Package of the generated class (java). */
    @Parameter(property = "retort.package", defaultValue = "db.schema")
    String packageName;

    /** Name of the generated class (java). */
    @Parameter(property = "retort.class", defaultValue = "InspectedSchema")
    String className;

    @Override
    List<String> command() {
        List<String> args = new ArrayList<>(List.of("inspect"));
        args.add("--format");
        args.add(format);
        args.add("--package");
        args.add(packageName);
        args.add("--class");
        args.add(className);
        return args;
    }

    @Override
    boolean usesDefinition() {
        return true;
    }
}
