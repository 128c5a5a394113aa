package dev.retort.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.retort.runner.cli.RetortCli;

/**
 * RetortMojo is what every {@code retort:*} goal shares: it runs the same command implementation as the
 * {@code retort} CLI, in the module's folder, so the project file is the nearest {@code retort.properties} upwards;
 * plugin configuration and user properties ({@code -Dretort.url}, {@code -Dretort.schemas}, ...) override it. The
 * goals that load the definition pass the module's compile class path (classes and dependencies) as
 * {@code retort.classpath}, after Maven compiled it.
 *
 * <pre>{@code
 * mvn retort:check -Dretort.url=postgresql://app@localhost:5432/app
 * }</pre>
 */
abstract class RetortMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The database URL (else DATABASE_URL, else the embedded database when the project opts in). */
    @Parameter(property = "retort.url")
    String url;

    /** Use the embedded PostgreSQL in .retort/ beside retort.properties. */
    @Parameter(property = "retort.embedded", defaultValue = "false")
    boolean embedded;

    /** Server for scratch databases (check, revision, roundtrip). */
    @Parameter(property = "retort.devUrl")
    String devUrl;

    /** The schema definition class (overrides retort.definition). */
    @Parameter(property = "retort.definition")
    String definition;

    /** Managed schemas, comma-separated (overrides retort.schemas). */
    @Parameter(property = "retort.schemas")
    String schemas;

    /** Migration folders, comma-separated (overrides retort.migrations). */
    @Parameter(property = "retort.migrations")
    String migrations;

    /** The project folder holding retort.properties (default: the nearest upwards from the module). */
    @Parameter(property = "retort.projectDir")
    File projectDir;

    /** Skip this goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    /** The command and its own arguments, as on the command line: {@code upgrade head}. */
    abstract List<String> command();

    /** Whether the command loads the schema definition (then the module's class path is passed). */
    boolean usesDefinition() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("retort: skipped");
            return;
        }
        List<String> args = new ArrayList<>(command());
        option(args, "--url", url);
        option(args, "--dev-url", devUrl);
        option(args, "--definition", definition);
        option(args, "--schemas", schemas);
        option(args, "--locations", migrations);
        option(args, "--project-dir", projectDir == null ? null : projectDir.getAbsolutePath());
        if (embedded) {
            args.add("--embedded");
        }
        if (usesDefinition()) {
            option(args, "--classpath", String.join(",", classpath()));
        }
        int code = RetortCli.run(args.toArray(String[]::new), System.getenv(), project.getBasedir().toPath(),
                System.out, System.err);
        if (code == RetortCli.DIFFERENCES) {
            throw new MojoFailureException("retort " + args.get(0) + " failed: " + failure());
        }
        if (code != 0) {
            throw new MojoExecutionException("retort " + args.get(0) + " failed (exit " + code + "); the error is above");
        }
    }

    /** What an exit code of 1 means for this goal. */
    String failure() {
        return "see the report above";
    }

    private List<String> classpath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("cannot resolve the compile class path of " + project.getId(), e);
        }
    }

    static void option(List<String> args, String name, String value) {
        if (value != null && !value.isBlank()) {
            args.add(name);
            args.add(value);
        }
    }
}
