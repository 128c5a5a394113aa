package dev.retort.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * MigrationScript is one migration on disk: its Flyway upgrade file, the downgrade beside it (or null when none was
 * written), and the parents it declares in {@code -- retort:parent <version>} header lines (written by
 * {@code retort revision}; two for a merge; none for a hand-made Flyway file, which then follows the previous
 * version).
 *
 * @param name      parsed upgrade file name
 * @param upgrade   the {@code V…} file
 * @param downgrade the {@code U…} file, or null
 * @param parents   declared parent versions ({@code base} for the first migration), empty when not declared
 */
public record MigrationScript(ScriptName name, Path upgrade, Path downgrade, List<String> parents) {

    /** Header line prefix that names a parent version. */
    public static final String PARENT_HEADER = "-- retort:parent ";

    /** The parent of the first migration of a chain. */
    public static final String BASE = "base";

    public MigrationScript {
        parents = List.copyOf(parents);
    }

    public String version() {
        return name.version();
    }

    public String description() {
        return name.readableDescription();
    }

    public boolean hasDowngrade() {
        return downgrade != null;
    }

    /** The downgrade file name this migration expects beside it. */
    public String expectedDowngradeName() {
        return name.downgrade().fileName();
    }
}
