package dev.retort.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * ScriptChecksum is the checksum Flyway records for a SQL migration, computed the same way so that Retort can
 * check {@code V} files without starting Flyway and {@code U} files (which Flyway's community edition never
 * reads) with the same rule: a CRC32 over the file's lines in UTF-8, without their line endings and without a
 * byte-order mark at the start of a line. So a change of line endings (CRLF/LF), of the final newline or an added
 * BOM keeps the checksum; any other change, even one space, alters it.
 *
 * <pre>{@code
 * int sum = ScriptChecksum.of(Path.of("db/migration/V20261128031500__add_tags.sql"));
 * }</pre>
 */
public final class ScriptChecksum {

    private static final char BOM = '\uFEFF';

    private ScriptChecksum() {
    }

    /** The checksum of a script file. */
    public static int of(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CRC32 crc = new CRC32();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String content = !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
                crc.update(content.getBytes(StandardCharsets.UTF_8));
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to compute its checksum: " + e.getMessage(), e);
        }
    }
}
