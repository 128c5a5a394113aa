package dev.retort.testing.kit;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.testkit.CatalogFingerprint;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fingerprint ignores column order and nothing else that a schema declares. */
class CatalogFingerprintTest {

    private static CatalogFingerprint of(String... statements) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            return CatalogFingerprint.of(c, List.of("public"));
        }
    }

    @Test
    void columnOrderDoesNotMatter() throws Exception {
        assertEquals(of("CREATE TABLE t (a int NOT NULL, b text DEFAULT 'x')"),
                of("CREATE TABLE t (b text DEFAULT 'x', a int NOT NULL)"));
    }

    @Test
    void everyDeclaredPropertyShows() throws Exception {
        CatalogFingerprint base = of("CREATE TYPE mood AS ENUM ('sad', 'ok')",
                "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, m mood, n text DEFAULT 'x')",
                "CREATE INDEX ix_t_n ON t (lower(n)) WHERE n IS NOT NULL", "COMMENT ON COLUMN t.n IS 'note'");
        CatalogFingerprint otherDefault = of("CREATE TYPE mood AS ENUM ('sad', 'ok')",
                "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, m mood, n text DEFAULT 'y')",
                "CREATE INDEX ix_t_n ON t (lower(n)) WHERE n IS NOT NULL", "COMMENT ON COLUMN t.n IS 'note'");
        CatalogFingerprint otherLabels = of("CREATE TYPE mood AS ENUM ('ok', 'sad')",
                "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, m mood, n text DEFAULT 'x')",
                "CREATE INDEX ix_t_n ON t (lower(n)) WHERE n IS NOT NULL", "COMMENT ON COLUMN t.n IS 'note'");
        CatalogFingerprint otherPredicate = of("CREATE TYPE mood AS ENUM ('sad', 'ok')",
                "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, m mood, n text DEFAULT 'x')",
                "CREATE INDEX ix_t_n ON t (lower(n))", "COMMENT ON COLUMN t.n IS 'note'");
        assertEquals("- column public.t.n text null default='x'::text comment='note'\n"
                + "+ column public.t.n text null default='y'::text comment='note'\n", base.differenceFrom(otherDefault));
        assertTrue(base.differenceFrom(otherLabels).contains("labels=('sad', 'ok')"), base.differenceFrom(otherLabels));
        assertTrue(base.differenceFrom(otherPredicate).contains("WHERE (n IS NOT NULL)"), base.differenceFrom(otherPredicate));
    }

    @Test
    void aTableCanBeLeftOut() throws Exception {
        CatalogFingerprint withHistory = of("CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY)",
                "CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (installed_rank)",
                "CREATE TABLE t (id int)");
        assertEquals(of("CREATE TABLE t (id int)"), withHistory.withoutTable("public", "flyway_schema_history"));
    }
}
