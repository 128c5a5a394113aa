package dev.retort.diff.render;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.QualifiedName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlNamesTest {

    @Test
    void quotesOnlyWhatNeedsQuotes() {
        assertEquals("users", SqlNames.name("users"));
        assertEquals("\"user\"", SqlNames.name("user"));
        assertEquals("\"Users\"", SqlNames.name("Users"));
        assertEquals("\"a\"\"b\"", SqlNames.name("a\"b"));
        assertEquals("\"x;--drop\"", SqlNames.name("x;--drop"));
        assertEquals("\"ümlaut\"", SqlNames.name("ümlaut"));
        assertEquals("\"1st\"", SqlNames.name("1st"));
        assertEquals("\"App\".\"order\"", SqlNames.name(QualifiedName.of("App", "order")));
    }

    @Test
    void acceptsExactly63BytesAndRefusesMore() {
        String ascii63 = "a".repeat(63);
        assertEquals(ascii63, SqlNames.name(ascii63));
        String multibyte63 = "é".repeat(31) + "a";   // 31 * 2 + 1 bytes
        assertEquals('"' + multibyte63 + '"', SqlNames.name(multibyte63));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> SqlNames.name("é".repeat(32)));
        assertTrue(tooLong.getMessage().contains("64 bytes"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SqlNames.name(""));
    }

    @Test
    void literalsDoubleQuotes() {
        assertEquals("'it''s'", SqlNames.literal("it's"));
        assertEquals("'back\\slash'", SqlNames.literal("back\\slash"));
        assertEquals("NULL", SqlNames.literal(null));
    }

    /** Every keyword PostgreSQL does not allow as a bare name must be quoted. */
    @Test
    void quotesEveryNonUnreservedKeywordOfTheServer() throws Exception {
        List<String> unquoted = new ArrayList<>();
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U' ORDER BY word")) {
            while (rs.next()) {
                String word = rs.getString(1);
                if (SqlNames.name(word).equals(word)) {
                    unquoted.add(word);
                }
            }
        }
        assertEquals(List.of(), unquoted);
    }
}
