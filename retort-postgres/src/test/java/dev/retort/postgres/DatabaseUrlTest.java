package dev.retort.postgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "postgresql://vibes:s3cret@db.example:6543/vibes | db.example | 6543 | vibes | vibes | s3cret | ''",
            "postgres://vibes:s3cret@localhost/app           | localhost  | 5432 | app   | vibes | s3cret | ''",
            "jdbc:postgresql://localhost:5433/app?user=u&password=p&sslmode=require | localhost | 5433 | app | u | p | sslmode=require",
            "postgresql://u:p%40ss%3Aw0rd@h:1/d              | h          | 1    | d     | u     | p@ss:w0rd | ''",
    })
    void parsesTheFormsUsersWrite(String url, String host, int port, String db, String user, String password, String query) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        assertEquals(host, parsed.host());
        assertEquals(port, parsed.port());
        assertEquals(db, parsed.database());
        assertEquals(user, parsed.user());
        assertEquals(password, parsed.password());
        assertEquals(query, parsed.query());
    }

    @Test
    void neverPrintsThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://vibes:hunter2@localhost:5432/vibes");
        assertEquals("postgresql://vibes:***@localhost:5432/vibes", url.redacted());
        assertFalse(url.toString().contains("hunter2"));
        assertFalse(url.jdbcUrl().contains("hunter2"));
    }

    @Test
    void userWithoutPasswordAndDefaultDatabase() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://alice@localhost");
        assertEquals("alice", url.database());
        assertNull(url.password());
        assertEquals("jdbc:postgresql://localhost:5432/alice", url.jdbcUrl());
    }

    @Test
    void rejectsOtherSchemesNamingTheFormsAndHidingSecrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUrl.parse("mysql://root:topsecret@localhost/db"));
        assertTrue(e.getMessage().contains("expected postgresql://"), e.getMessage());
        assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
    }
}
