package dev.retort.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ScriptFiles writes a migration pair into a location: the upgrade {@code V<version>__<slug>.sql} starting with
 * its {@code -- retort:parent} header lines, and the downgrade {@code U<version>__<slug>.sql} beside it.
 *
 * <pre>{@code
 * List<Path> written = ScriptFiles.write(dir, "20261128031500", "add tags", List.of("20261101000000"), up, down);
 * }</pre>
 */
public final class ScriptFiles {

    private ScriptFiles() {
    }

    /** Writes both files (refusing to overwrite) and returns their paths, upgrade first. */
    public static List<Path> write(Path location, String version, String message, List<String> parents,
                                   String upgradeSql, String downgradeSql) {
        ScriptName name = ScriptName.upgrade(version, message);
        StringBuilder header = new StringBuilder();
        for (String parent : parents) {
            header.append(MigrationScript.PARENT_HEADER).append(parent).append('\n');
        }
        Path up = location.resolve(name.fileName());
        Path down = location.resolve(name.downgrade().fileName());
        try {
            Files.createDirectories(location);
            if (Files.exists(up) || Files.exists(down)) {
                throw new RetortException(up + " already exists; pick another message or wait a second");
            }
            Files.writeString(up, header + upgradeSql);
            Files.writeString(down, downgradeSql);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + up + ": " + e.getMessage(), e);
        }
        return List.of(up, down);
    }

    /**
     * Marks migration files to run outside a transaction, for Flyway and the runner alike: a {@code <file>.conf}
     * beside each, holding {@code executeInTransaction=false}. For generated parts that must run outside a
     * transaction although no statement of theirs says so to Flyway (a DO block that commits its batches).
     */
    public static List<Path> markNonTransactional(List<Path> files) {
        List<Path> written = new java.util.ArrayList<>();
        for (Path file : files) {
            Path conf = file.resolveSibling(file.getFileName() + ".conf");
            try {
                Files.writeString(conf, "executeInTransaction=false\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + conf + ": " + e.getMessage(), e);
            }
            written.add(conf);
        }
        return written;
    }
}
