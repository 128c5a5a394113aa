package dev.retort.postgres;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL URI rules, refusals instead of silent reroutes, and secrets that never reach printed text. */
class DatabaseUrlSafetyTest {

    @Test
    void percentEncodedOddPasswordsAreDecodedAsPostgresDoes() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p%40ss%3Aw%2Frd%25@db.example:6543/app");
        assertEquals("p@ss:w/rd%", url.password());
        assertEquals("db.example", url.host());
        assertEquals(6543, url.port());
        assertEquals("x#y", DatabaseUrl.parse("postgresql://app:x%23y@h/d").password());
        assertEquals("a&b=c", DatabaseUrl.parse("jdbc:postgresql://h/d?user=app&password=a%26b%3Dc").password());
        assertEquals("pässwörd€", DatabaseUrl.parse("postgresql://app:p%C3%A4ssw%C3%B6rd%E2%82%AC@h/d").password());
        assertEquals("pässwörd€", DatabaseUrl.parse("postgresql://app:pässwörd€@h/d").password());
        assertEquals("a+b", DatabaseUrl.parse("postgresql://app:a+b@h/d").password(), "+ is not a space in user info");
        assertEquals("pa:ss", DatabaseUrl.parse("postgresql://app:pa:ss@h/d").password(), "the first ':' separates");
        assertEquals("user@tenant", DatabaseUrl.parse("postgresql://h/d?user=user@tenant").user());
        DatabaseUrl v6 = DatabaseUrl.parse("postgresql://app@[::1]:5433/d");
        assertEquals("::1", v6.host());
        assertEquals(5433, v6.port());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://app:p@ss:w/rd%@db.example/app",   // '@' and '/' and '%' raw
            "postgresql://app:pa/ss@db.example/app",        // '/' raw: libpq would take "app" as the host
            "postgresql://app:x#y@db.example/app",          // '#' raw: the rest would be a fragment
            "postgresql://app:12?ss@db.example/app",        // '?' raw: host "app", port 12, junk query
            "postgresql://app:100%@db.example/app",         // '%' raw
            "jdbc:postgresql://db.example/app?user=app&password=a&b=c",   // '&' raw: "b" would be a parameter
            "jdbc:postgresql://db.example/app?user=app&password=p&ss=w0rd",
    })
    void anUnencodedReservedCharacterIsAnErrorThatShowsHowToEncodeAndHidesTheSecret(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(url));
        assertTrue(e.getMessage().startsWith("the database URL cannot be read safely: "), e.getMessage());
        assertTrue(e.getMessage().contains("@ %40, : %3A, / %2F, ? %3F, # %23, % %25, & %26, = %3D"), e.getMessage());
        for (String secret : new String[] {"p@ss", "ss:w", "w/rd", "pa/ss", "x#y", "12?ss", "100%", "a&b", "b=c", "w0rd"}) {
            assertFalse(e.getMessage().contains(secret), secret + " in " + e.getMessage());
        }
    }

    @Test
    void severalHostsAreRefusedRatherThanOneChosen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUrl.parse("postgresql://app:pw@h1:5432,h2:5433/app"));
        assertTrue(e.getMessage().contains("several hosts"), e.getMessage());
    }

    @Test
    void secretParametersTravelAsPropertiesAndAreMaskedWhenPrinted() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@h:5432/app?sslmode=disable&sslpassword=k3y%26x");
        assertEquals("k3y&x", url.secrets().get("sslpassword"));
        assertEquals("jdbc:postgresql://h:5432/app?sslmode=disable", url.jdbcUrl());
        assertEquals("postgresql://app:***@h:5432/app?sslmode=disable&sslpassword=***", url.redacted());
        assertEquals("k3y&x", url.properties().getProperty("sslpassword"));
        assertEquals("s3cret", url.properties().getProperty("password"));
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://h/app?user=app&password=s3cret&sslpassword=k3y");
        assertEquals("postgresql://app:***@h:5432/app?sslpassword=***", jdbc.redacted());
    }

    @Test
    void redactionHidesSecretsOfUrlsThatDoNotParseInEverySpelling() {
        Set<String> secrets = Redaction.secretsOf("postgresql://app:p@ss:w/rd%@db.example/app");
        String text = "login p@ss:w/rd% failed; url postgresql://app:p@ss:w/rd%@db.example/app; encoded p%40ss%3Aw%2Frd%25";
        String redacted = Redaction.redact(text, secrets);
        assertFalse(redacted.contains("ss:w"), redacted);
        assertFalse(redacted.contains("%40ss"), redacted);
        // what follows an unparsed password= may be the rest of a password holding '&': masked too
        assertEquals("jdbc:postgresql://h/d?user=app&password=***",
                Redaction.redactUrl("jdbc:postgresql://h/d?user=app&password=pw&sslmode=require"));
        assertEquals("x ?sslpassword=*** y", Redaction.redact("x ?sslpassword=a&b=c y",
                Redaction.secretsOf("jdbc:postgresql://h/d?sslpassword=a&b=c")));
    }
}
