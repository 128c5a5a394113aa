package dev.retort.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * StaleClasses notices a schema definition that was edited but not recompiled: for a class path entry laid out as
 * Maven does ({@code <module>/target/classes}), a source under {@code <module>/src/main/java} newer than its class
 * file (or without one). Comparing such classes would report what the last compilation declared.
 *
 * <pre>{@code
 * StaleClasses.find(List.of(Path.of("target/classes")));   // Optional["src/main/java/com/example/AppSchema.java is newer than ..."]
 * }</pre>
 */
final class StaleClasses {

    private StaleClasses() {
    }

    /** A sentence naming the first stale source and how many there are, or empty. */
    static Optional<String> find(List<Path> classpath) {
        for (Path classes : classpath) {
            if (!Files.isDirectory(classes) || classes.getParent() == null
                    || !classes.getFileName().toString().equals("classes")
                    || !classes.getParent().getFileName().toString().equals("target")) {
                continue;
            }
            Path sources = classes.getParent().getParent().resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            List<Path> stale;
            try (Stream<Path> files = Files.walk(sources)) {
                stale = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")
                        && !f.endsWith("module-info.java"))
                        .filter(f -> isStale(f, classes.resolve(sources.relativize(f).toString()
                                .replaceAll("\\.java$", ".class"))))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!stale.isEmpty()) {
                return Optional.of(stale.get(0) + (stale.size() > 1 ? " and " + (stale.size() - 1) + " more source"
                        + (stale.size() > 2 ? "s" : "") : "") + " changed after " + classes + " was compiled;"
                        + " the comparison uses the compiled classes (run mvn compile first)");
            }
        }
        return Optional.empty();
    }

    private static boolean isStale(Path source, Path compiled) {
        try {
            if (!Files.exists(compiled)) {
                return true;
            }
            FileTime s = Files.getLastModifiedTime(source);
            return s.compareTo(Files.getLastModifiedTime(compiled)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
