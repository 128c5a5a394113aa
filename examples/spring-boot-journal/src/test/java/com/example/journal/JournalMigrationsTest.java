package com.example.journal;

import org.junit.jupiter.api.Assertions;

import dev.retort.testkit.ChainReport;
import dev.retort.testkit.RetortRoundTrip;

/**
 * The migrations that Spring Boot's Flyway runs at start-up, proved by Retort's test kit on the embedded
 * PostgreSQL: each one is upgraded, downgraded (its U file) and upgraded again, and the chain builds exactly
 * {@link JournalSchema}. It reads the source folder: the application's class path holds only the V files.
 */
class JournalMigrationsTest {

    @RetortRoundTrip(schema = JournalSchema.class, locations = "src/main/resources/db/migration")
    void migrationsAreReversibleAndBuildTheDeclaredSchema(ChainReport report) {
        Assertions.assertEquals(1, report.migrations().size(), report.toString());
    }
}
