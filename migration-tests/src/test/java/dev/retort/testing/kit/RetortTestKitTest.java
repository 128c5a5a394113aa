package dev.retort.testing.kit;

import dev.retort.postgres.TestDatabases;
import dev.retort.testkit.ChainReport;
import dev.retort.testkit.RetortRoundTrip;
import dev.retort.testkit.RetortTestKit;
import dev.retort.vibes.VibesSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test kit on sample migration chains (good and broken ones) and on the Vibes migrations. */
class RetortTestKitTest {

    @Test
    void aGoodChainRoundTripsEveryMigration() {
        ChainReport report = RetortTestKit.roundTrip("classpath:testkit/bookshop");
        assertEquals(List.of("V1__create_authors.sql", "V2__create_books.sql", "V3__add_isbn.sql"), report.migrations());
    }

    @Test
    void theChainBuildsTheDeclaredSchema() {
        RetortTestKit.checkMigrations(BookshopSchema.class, "classpath:testkit/bookshop");
    }

    @Test
    void aDeclarationTheChainDoesNotBuildFailsNamingTheDifference() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> RetortTestKit.checkMigrations(BookshopSchema.WithoutIsbn.class, "classpath:testkit/bookshop"));
        assertTrue(e.getMessage().contains("isbn"), e.getMessage());
        assertTrue(e.getMessage().contains("retort revision --autogenerate"), e.getMessage());
    }

    @Test
    void aDowngradeThatForgetsAnObjectFailsNamingTheMigration() {
        AssertionError e = assertThrows(AssertionError.class, () -> RetortTestKit.roundTrip("classpath:testkit/broken-downgrade"));
        assertTrue(e.getMessage().startsWith("V2__create_books.sql: after its downgrade the schema differs"), e.getMessage());
        assertTrue(e.getMessage().contains("genre"), e.getMessage());
    }

    @Test
    void aMissingDowngradeIsNamed() {
        AssertionError e = assertThrows(AssertionError.class, () -> RetortTestKit.roundTrip("classpath:testkit/missing-downgrade"));
        assertTrue(e.getMessage().contains("V2__create_books.sql has no downgrade: write U2__create_books.sql"), e.getMessage());
    }

    @Test
    void theCatalogFingerprintCatchesWhatTheModelDoesNotHold() {
        AssertionError e = assertThrows(AssertionError.class, () -> RetortTestKit.roundTrip("classpath:testkit/leftover-view"));
        assertTrue(e.getMessage().contains("relation public.author_names kind=v"), e.getMessage());
    }

    @Test
    void aFolderPathWorksAndAnUnknownLocationIsNamed() {
        RetortTestKit.migrations("src/test/resources/testkit/bookshop").roundTrip();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetortTestKit.roundTrip("classpath:testkit/nowhere"));
        assertTrue(e.getMessage().contains("classpath:testkit/nowhere is not on the class path"), e.getMessage());
    }

    @Test
    void anExplicitServerIsUsedForScratchDatabases() {
        ChainReport report = RetortTestKit.migrations("classpath:testkit/bookshop")
                .onServer(TestDatabases.server().maintenanceUrl()).roundTrip();
        assertTrue(report.database().contains("retort_kit_"), report.database());
    }

    @RetortRoundTrip(schema = BookshopSchema.class, locations = "classpath:testkit/bookshop")
    void theAnnotationRunsBothChecksBeforeTheBody(ChainReport report) {
        assertEquals(3, report.migrations().size());
    }

    @RetortRoundTrip(schema = VibesSchema.class, locations = "classpath:db/migration")
    void theVibesMigrationsRoundTripAndBuildTheVibesSchema(ChainReport report) {
        assertTrue(report.migrations().size() >= 1, report.toString());
    }
}
