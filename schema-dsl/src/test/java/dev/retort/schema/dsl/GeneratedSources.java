package dev.retort.schema.dsl;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.model.SchemaModel;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** GeneratedSources compiles a generated SchemaDefinition in-process and runs it. */
final class GeneratedSources {

    private GeneratedSources() {
    }

    /** Compiles {@code source} (class {@code pkg.cls}) into {@code dir}, loads it and returns its schema(). */
    static SchemaModel compileAndRun(String source, String pkg, String cls, Path dir) throws Exception {
        Path file = dir.resolve(cls + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        // The DSL's own classes (target/classes), independent of how the test runner builds its class path.
        String dslClasses = Path.of(SchemaDefinition.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(null, files, diagnostics,
                    List.of("-d", dir.toString(), "-classpath", dslClasses, "--release", "17", "-Xlint:all", "-Werror"),
                    null, files.getJavaFileObjects(file)).call();
            if (!compiled) {
                throw new AssertionError("generated source does not compile:\n" + describe(diagnostics) + "\n" + source);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                GeneratedSources.class.getClassLoader())) {
            Class<?> type = loader.loadClass(pkg.isEmpty() ? cls : pkg + "." + cls);
            SchemaDefinition definition = (SchemaDefinition) type.getDeclaredConstructor().newInstance();
            return definition.schema();
        }
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(null))
                .collect(Collectors.joining("\n"));
    }
}
