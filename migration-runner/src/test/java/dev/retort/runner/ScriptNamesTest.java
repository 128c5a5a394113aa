package dev.retort.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesPairUpgradesWithTheirDowngrades() {
        ScriptName up = ScriptName.upgrade("20261128031500", "Add tags, & more!");
        assertEquals("V20261128031500__add_tags_more.sql", up.fileName());
        assertEquals("U20261128031500__add_tags_more.sql", up.downgrade().fileName());
        assertTrue(ScriptName.parse("R__view.sql").isEmpty());
        assertEquals('U', ScriptName.parse("U1_2__x.sql").orElseThrow().kind());
    }

    @Test
    void versionsAreUtcTimestampsAboveTheNewestOnDisk() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T03:15:00Z"), ZoneOffset.UTC);
        assertEquals("20261128031500", Versions.next(new ScriptCatalog(List.of()), clock));
        Files.writeString(dir.resolve("V20261128031500__a.sql"), "SELECT 1;");
        assertEquals("20261128031501", Versions.next(ScriptCatalog.load(List.of(dir)), clock));
    }

    @Test
    void headsFollowDeclaredParentsOrElseVersionOrder() throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("V2__b.sql"), "SELECT 1;");
        ScriptCatalog linear = ScriptCatalog.load(List.of(dir));
        assertEquals(List.of("2"), linear.heads());
        assertNull(linear.find("1").orElseThrow().downgrade());
        Files.writeString(dir.resolve("V3__c.sql"), "-- retort:parent 1\nSELECT 1;");
        assertEquals(List.of("2", "3"), ScriptCatalog.load(List.of(dir)).heads());
        Files.writeString(dir.resolve("V4__merge.sql"), "-- retort:parent 2\n-- retort:parent 3\n");
        assertEquals(List.of("4"), ScriptCatalog.load(List.of(dir)).heads());
        Files.writeString(dir.resolve("V04__dup.sql"), "SELECT 1;");
        RetortException dup = assertThrows(RetortException.class, () -> ScriptCatalog.load(List.of(dir)));
        assertTrue(dup.getMessage().contains("two migrations have version 4"), dup.getMessage());
    }
}
