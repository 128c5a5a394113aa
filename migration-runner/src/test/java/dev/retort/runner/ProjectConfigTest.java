package dev.retort.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectConfigTest {

    @TempDir
    Path dir;

    @Test
    void flagBeatsEnvironmentBeatsProjectFileBeatsDefault() throws Exception {
        Files.writeString(dir.resolve("retort.properties"),
                "retort.definition=app.FromFile\nretort.lock-timeout=3s\nretort.schemas=app, audit\n");
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        ProjectConfig config = ProjectConfig.load(nested, null,
                Map.of("RETORT_LOCK_TIMEOUT", "4s", "RETORT_DEFINITION", "app.FromEnv"),
                Map.of(Setting.DEFINITION, "app.FromFlag"), null);
        assertEquals(dir.toAbsolutePath().normalize(), config.root());
        assertEquals("app.FromFlag", config.definitionClass());
        assertEquals("4s", config.get(Setting.LOCK_TIMEOUT));
        assertEquals(List.of("app", "audit"), config.schemas());
        assertEquals("30min", config.get(Setting.STATEMENT_TIMEOUT));
        assertEquals(List.of(dir.resolve("db/migration").toAbsolutePath().normalize()), config.migrationLocations());
        assertNull(config.databaseUrl());
        assertTrue(config.usesEmbeddedDatabase());
    }

    @Test
    void databaseUrlComesFromTheFlagElseDatabaseUrl() {
        Map<String, String> env = Map.of("DATABASE_URL", "postgresql://u:p@h:5432/d");
        assertEquals("postgresql://u:p@h:5432/d", ProjectConfig.load(dir, null, env, Map.of(), null).databaseUrl());
        assertEquals("jdbc:postgresql://x/y", ProjectConfig.load(dir, null, env, Map.of(), "jdbc:postgresql://x/y").databaseUrl());
    }

    @Test
    void unknownKeysAndAMissingDefinitionAreExplained() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "retort.migration=db\n");
        RetortException unknown = assertThrows(RetortException.class,
                () -> ProjectConfig.load(dir, null, Map.of(), Map.of(), null));
        assertTrue(unknown.getMessage().contains("unknown key retort.migration"), unknown.getMessage());
        Files.writeString(dir.resolve("retort.properties"), "");
        RetortException none = assertThrows(RetortException.class,
                () -> ProjectConfig.load(dir, null, Map.of(), Map.of(), null).definitionClass());
        assertTrue(none.getMessage().contains("RETORT_DEFINITION"), none.getMessage());
    }
}
