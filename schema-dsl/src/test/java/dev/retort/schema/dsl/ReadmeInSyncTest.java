package dev.retort.schema.dsl;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README shows the example that {@link ReadmeExampleTest} compiles and checks, word for word. */
class ReadmeInSyncTest {

    @Test
    void readmeShowsTheCompiledExample() throws IOException {
        Path root = Path.of(System.getProperty("retort.project.root", ".."));
        Path readme = Files.exists(root.resolve("README.md")) ? root.resolve("README.md") : Path.of("../README.md");
        String source = Files.readString(Path.of("src/test/java/dev/retort/schema/dsl/ReadmeExampleTest.java"));
        int start = source.indexOf("// README example: start\n");
        int end = source.indexOf("    // README example: end");
        String example = source.substring(start + "// README example: start\n".length(), end).lines()
                .map(l -> l.startsWith("    ") ? l.substring(4) : l)
                .collect(Collectors.joining("\n")).strip();
        String text = Files.readString(readme);
        assertTrue(text.contains(example), "README.md's DSL example differs from ReadmeExampleTest's;"
                + " copy the block between the README example markers into README.md");
    }
}
