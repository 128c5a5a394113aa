package dev.retort.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * MigrationLocations turns the locations a user writes into folders the runner reads: a file-system path
 * (relative to the working directory) or {@code classpath:db/migration}, which may be a folder or a folder
 * inside a jar (copied to a temporary folder, since the runner reads files).
 *
 * <pre>{@code
 * List<Path> folders = MigrationLocations.resolve(List.of("classpath:db/migration", "src/main/resources/extra"));
 * }</pre>
 */
public final class MigrationLocations {

    private static final String CLASSPATH = "classpath:";

    private MigrationLocations() {
    }

    /** The folders for {@code locations}; a location that does not exist is an error naming it. */
    public static List<Path> resolve(List<String> locations) {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("name at least one migration location, e.g. \"classpath:db/migration\"");
        }
        List<Path> folders = new ArrayList<>();
        for (String location : locations) {
            folders.add(location.startsWith(CLASSPATH) ? fromClasspath(location.substring(CLASSPATH.length()))
                    : existing(Path.of(location).toAbsolutePath().normalize(), location));
        }
        return folders;
    }

    private static Path existing(Path folder, String location) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("migration location " + location + " is not a folder (" + folder
                    + "); give a folder of V<version>__<description>.sql scripts, or classpath:<folder>");
        }
        return folder;
    }

    private static Path fromClasspath(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("migration location classpath:" + name + " is not on the class path;"
                    + " check the folder under src/main/resources or src/test/resources");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("file")) {
                return existing(Path.of(uri), CLASSPATH + name);
            }
            if (uri.getScheme().equals("jar")) {
                return copyOutOfJar(uri, name);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read migration location classpath:" + name + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("migration location classpath:" + name + " is at " + url
                + ", which is neither a folder nor a jar");
    }

    private static Path copyOutOfJar(URI uri, String name) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            Path source = jar.getPath(name);
            Path target = Files.createTempDirectory("retort-migrations-");
            target.toFile().deleteOnExit();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                        to.toFile().deleteOnExit();
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy migration location classpath:" + name + " out of " + uri
                    + ": " + e.getMessage(), e);
        }
    }
}
