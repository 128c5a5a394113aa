package dev.retort.vibes;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Vibes migrations, run in a real PostgreSQL, build the schema declared: the catalog holds the 21 tables,
 * 124 indexes and 6 enum types of {@link VibesSchema} plus Flyway's history table (22 tables, 126 indexes), and
 * inspecting it without the history table gives back the normalized declaration (what {@code retort check}
 * reports after {@code upgrade head}).
 */
class VibesSchemaOnPostgresTest {

    private static final SchemaModel DECLARED = new VibesSchema().schema();
    private static TestDatabase db;

    @BeforeAll
    static void createSchema() throws SQLException {
        db = VibesDatabase.migrated();
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theCatalogHoldsTheVibesTablesIndexesAndEnumsPlusTheHistoryTable() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertEquals(22, count(st, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
            assertEquals(126, count(st, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'"));
            assertEquals(VibesSchema.TABLE_COUNT, count(st, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename <> 'flyway_schema_history'"));
            assertEquals(VibesSchema.PHYSICAL_INDEX_COUNT, count(st, "SELECT count(*) FROM pg_indexes"
                    + " WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'"));
            assertEquals(6, count(st, "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE n.nspname = 'public' AND t.typtype = 'e'"));
            assertEquals(32, count(st, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n"
                    + " ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.contype = 'f'"));
            assertEquals(41, count(st, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'"
                    + " AND indexdef LIKE '% WHERE %'"), "partial indexes");
        }
    }

    @Test
    void inspectingTheDatabaseGivesBackTheNormalizedDeclaration() {
        // what retort check reads: the managed schemas without the migration history table
        Inspection seen = new SchemaSnapshots(VibesDatabase.config()).inspection(db.url(), DECLARED);
        assertEquals(VibesSchema.TABLE_COUNT, seen.model().tables().size());
        assertEquals(124, seen.model().physicalIndexCount());
        assertTrue(seen.unmanaged().isEmpty(), () -> "unexpected unmanaged objects: " + seen.summary());
        SchemaModel canonical = new Normalizer(TestDatabases.server()).normalize(DECLARED);
        DiffResult drift = new DiffEngine().diff(seen.model(), canonical);
        assertTrue(drift.isEmpty(), () -> "declared and migrated schema differ:\n" + drift.upgradeSql());
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
