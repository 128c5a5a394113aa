package dev.retort.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.diff.plan.Hazard;
import dev.retort.runner.Setting;
import dev.retort.runner.cli.RetortCli;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reference pages cover what the code has: every setting of the project file is in the configuration page's
 * table, every hazard in the performance page's, and every subcommand of the CLI has its section in the commands
 * page. A setting or command added without
 * its documentation fails here.
 */
class ReferenceCoverageTest {

    @Test
    void everySettingIsDocumentedWithItsEnvironmentVariableAndDefault() throws IOException {
        String page = Files.readString(Guide.docsDir().resolve("guide/configuration.md"));
        List<String> missing = new ArrayList<>();
        for (Setting s : Setting.values()) {
            String row = "| `" + s.key() + "` | `" + s.env() + "` | "
                    + (s.defaultValue() == null ? "—" : s.defaultValue().isEmpty() ? "(none)" : "`" + s.defaultValue() + "`")
                    + " |";
            if (!page.contains(row)) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing, "settings missing from the table in docs/guide/configuration.md (or with"
                + " another environment variable or default there)");
    }

    @Test
    void everyHazardIsExplainedInThePerformancePage() throws IOException {
        String page = Files.readString(Guide.docsDir().resolve("guide/performance.md"));
        List<String> missing = new ArrayList<>();
        for (Hazard h : Hazard.values()) {
            String row = "| `" + h.name() + "` | " + h.explanation() + " |";
            if (!page.contains(row)) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing, "hazards missing from the table in docs/guide/performance.md");
    }

    @Test
    void everyCommandHasASectionInTheCommandsPage() throws IOException {
        String page = Files.readString(Guide.docsDir().resolve("guide/commands.md"));
        List<String> missing = new ArrayList<>();
        for (String name : RetortCli.fullCommandLine().getSubcommands().keySet()) {
            if (!page.contains("\n## retort " + name + "\n")) {
                missing.add("## retort " + name);
            }
        }
        assertEquals(List.of(), missing, "commands without a section in docs/guide/commands.md");
    }
}
