package dev.retort.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * JavaSources compiles Java source text in-process (javax.tools) against the test class path, into a folder, and
 * loads the result: how the guide's Java blocks are proven to compile.
 *
 * <pre>{@code
 * Path classes = JavaSources.compile(Map.of("com/example/A.java", "package com.example; public class A {}"), dir);
 * Class<?> a = JavaSources.loader(classes).loadClass("com.example.A");
 * }</pre>
 */
final class JavaSources {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^(?:public\\s+)?(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum)\\s+(\\w+)",
            Pattern.MULTILINE);

    private JavaSources() {
    }

    /**
     * Compiles {@code sources} (path relative to a source root, e.g. {@code com/example/A.java} → text) into
     * {@code classes} with {@code -Xlint:all -Werror}, and throws with the compiler's messages when it fails.
     */
    static Path compile(Map<String, String> sources, Path classes) {
        return compile(sources, classes, classes);
    }

    /** Like {@link #compile(Map, Path)}, with {@code extra} (e.g. the main classes of a project) on the class path. */
    static Path compile(Map<String, String> sources, Path classes, Path extra) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime; run the docs tests on a JDK, not a JRE");
        }
        try {
            Path src = Files.createTempDirectory("retort-docs-src");
            List<File> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path f = src.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue());
                files.add(f.toFile());
            }
            Files.createDirectories(classes);
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("--release", "17", "-Xlint:all,-processing,-serial", "-Werror",
                        "-classpath", System.getProperty("java.class.path") + File.pathSeparator + classes
                                + File.pathSeparator + extra,
                        "-d", classes.toString(), "-implicit:none", "-proc:none");
                boolean ok = compiler.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files))
                        .call();
                if (!ok) {
                    StringBuilder message = new StringBuilder("does not compile:");
                    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                        String name = d.getSource() == null ? "" : src.relativize(Path.of(d.getSource().toUri())) + ":";
                        message.append("\n  ").append(name).append(d.getLineNumber()).append(": ")
                                .append(d.getMessage(Locale.ROOT));
                    }
                    throw new AssertionError(message.toString());
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader over {@code classes}, its parent the test class path. */
    static ClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaSources.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source-root-relative file a compilation unit belongs in, from its package and first top-level type. */
    static String fileOf(String source) {
        Matcher type = TYPE.matcher(source);
        if (!type.find()) {
            throw new AssertionError("declares no top-level class, record, interface or enum (mark a block of statements"
                    + " as ```java fragment)");
        }
        Matcher pkg = PACKAGE.matcher(source);
        String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
        return dir + type.group(1) + ".java";
    }

    /** The fully qualified name of the class in {@code file} ({@code com/example/A.java} → com.example.A). */
    static String className(String file) {
        return file.substring(0, file.length() - ".java".length()).replace('/', '.');
    }
}
