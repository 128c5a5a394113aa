package dev.retort.schema.naming;

import dev.retort.schema.model.Identifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default names and configurable templates. */
class NamingConventionTest {

    private final NamingConvention defaults = NamingConvention.defaults();

    @Test
    void defaultNames() {
        assertEquals("pk_users", defaults.primaryKeyName("public", "users", List.of("id")));
        assertEquals("fk_entries_user_id_users",
                defaults.foreignKeyName("public", "entries", List.of("user_id"), "users", List.of("id")));
        assertEquals("fk_lines_order_id_line_no_orders",
                defaults.foreignKeyName("public", "lines", List.of("order_id", "line_no"), "orders", List.of("id", "no")));
        assertEquals("uq_tags_user_id_name", defaults.uniqueConstraintName("public", "tags", List.of("user_id", "name")));
        assertEquals("ck_events_ends_at_starts_at",
                defaults.checkConstraintName("public", "events", List.of("ends_at", "starts_at")));
        assertEquals("ix_entries_user_id_created_at",
                defaults.indexName("public", "entries", List.of("user_id", "created_at")));
    }

    @Test
    void checkWithNoColumnsHasNoTrailingUnderscore() {
        assertEquals("ck_events", defaults.checkConstraintName("public", "events", List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lower(email)|lower_email",
            "lower((email)::text)|lower_email_text",
            "(data ->> 'kind'::text)|data_kind_text",
            "COALESCE(a, 0)|coalesce_a_0",
            "'+'|expr"})
    void indexExpressionsBecomeWords(String expression, String words) {
        assertEquals(words, NamingConvention.words(expression));
    }

    @Test
    void everyTokenCanBeUsed() {
        NamingConvention custom = NamingConvention.defaults()
                .withForeignKey("{schema}_{table}_{column_0}_{referred_table}_{referred_columns}_fkey");
        assertEquals("app_lines_order_id_orders_id_no_fkey",
                custom.foreignKeyName("app", "lines", List.of("order_id", "line_no"), "orders", List.of("id", "no")));
    }

    @Test
    void unknownTokenIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamingConvention.defaults().withIndex("ix_{tabel}"));
        assertTrue(e.getMessage().startsWith("naming template \"ix_{tabel}\" uses unknown token {tabel}; known tokens:"),
                e.getMessage());
    }

    @Test
    void longGeneratedNamesAreShortenedTo63Bytes() {
        String table = "customer_subscription_billing_periods";
        List<String> columns = List.of("subscription_id", "billing_period_start", "billing_period_end");
        String name = defaults.foreignKeyName("public", table, columns, "customer_subscriptions", List.of("a", "b", "c"));
        // 54 bytes of prefix, whose trailing "_" is dropped, then "_" and 8 hex digits.
        assertTrue(Identifiers.byteLength(name) <= 63, name);
        assertTrue(name.matches("fk_customer_subscription_billing_periods_subscription_[0-9a-f]{8}"), name);
        assertEquals(name, defaults.foreignKeyName("public", table, columns, "customer_subscriptions", List.of("x")));
    }

    @Test
    void longMultiByteNamesAreShortenedWithoutCuttingCharacters() {
        String name = defaults.indexName("public", "überwachungsprotokolleinträge", List.of("größenänderungszeitpunkt", "löschvermerk"));
        assertTrue(Identifiers.byteLength(name) <= 63, name);
        assertTrue(name.startsWith("ix_überwachungsprotokolleinträge_größen"), name);
        assertTrue(name.matches(".*_[0-9a-f]{8}"), name);
    }
}
