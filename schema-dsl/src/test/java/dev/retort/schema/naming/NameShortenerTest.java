package dev.retort.schema.naming;

import dev.retort.schema.model.Identifiers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names are fitted into 63 UTF-8 bytes with a stable hash suffix, never cutting a character. */
class NameShortenerTest {

    @Test
    void nameOfExactly63BytesIsKept() {
        String name = "ix_" + "a".repeat(60);
        assertEquals(63, Identifiers.byteLength(name));
        assertEquals(name, NameShortener.fit(name));
    }

    @Test
    void asciiNameOf64BytesKeeps54BytesAndAHashSuffix() {
        String name = "ix_" + "a".repeat(61);
        String fitted = NameShortener.fit(name);
        assertEquals(63, Identifiers.byteLength(fitted));
        assertTrue(fitted.startsWith("ix_" + "a".repeat(51) + "_"), fitted);
        assertTrue(fitted.substring(55).matches("[0-9a-f]{8}"), fitted);
    }

    @Test
    void suffixIsStableAcrossRunsAndReleases() {
        // A golden value (first 8 hex digits of sha256 of the full name, checked with sha256sum): changing the hash would rename every shortened constraint in users' databases.
        assertEquals("fk_" + "a".repeat(51) + "_" + "dea1e47b", NameShortener.fit("fk_" + "a".repeat(70)));
    }

    @Test
    void namesSharingALongPrefixStayDistinct() {
        String prefix = "ix_" + "shared_".repeat(10);
        assertNotEquals(NameShortener.fit(prefix + "first"), NameShortener.fit(prefix + "second"));
    }

    @Test
    void twoByteCharactersAreNeverCut() {
        String name = "ix_" + "é".repeat(40);   // 83 bytes
        String fitted = NameShortener.fit(name);
        assertEquals("ix_" + "é".repeat(25), fitted.substring(0, fitted.length() - 9));
        assertEquals(62, Identifiers.byteLength(fitted));
        assertRoundTripsAsUtf8(fitted);
    }

    @Test
    void fourByteCharactersAreNeverCut() {
        String name = "uq_" + "😀".repeat(20);   // 3 + 80 bytes, each emoji a surrogate pair
        String fitted = NameShortener.fit(name);
        assertTrue(Identifiers.byteLength(fitted) <= 63);
        assertEquals("uq_" + "😀".repeat(12), fitted.substring(0, fitted.length() - 9));
        assertRoundTripsAsUtf8(fitted);
    }

    @Test
    void trailingUnderscoresBeforeTheSuffixAreDropped() {
        String name = "ck_" + "a".repeat(50) + "_".repeat(20);
        assertEquals("ck_" + "a".repeat(50) + "_", NameShortener.fit(name).substring(0, 54));
    }

    @Test
    void smallerLimitsWork() {
        assertEquals(20, Identifiers.byteLength(NameShortener.fit("a".repeat(30), 20)));
        assertThrows(IllegalArgumentException.class, () -> NameShortener.fit("abc", 9));
    }

    private static void assertRoundTripsAsUtf8(String text) {
        assertEquals(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertTrue(text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no lone surrogate in " + text);
    }
}
