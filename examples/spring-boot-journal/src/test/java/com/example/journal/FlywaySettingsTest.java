package com.example.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Flyway settings of {@code application.properties} and {@code pom.xml} that Retort's layout needs, each shown
 * to matter: naming validation passes because the build keeps the U downgrades out of the application (a U file on
 * Flyway's path, like a misnamed file, fails the start), and a migration merged from another branch with an older
 * version than the applied head is applied (without out-of-order it is refused).
 */
class FlywaySettingsTest {

    static final String MAIN = "classpath:db/migration";
    static final String SOURCES = "src/main/resources/db/migration";
    static final String DOWNGRADE = "U20261202021006__create_journal.sql";
    // the starts these tests expect to fail need not log the failure at ERROR as well
    static final String QUIET = "--logging.level.org.springframework.boot.SpringApplication=off";
    static final String WITH_BRANCH = "--spring.flyway.locations=" + MAIN + ",classpath:db/branch";

    private static ConfigurableApplicationContext start(TestDatabase db, String... more) {
        return new SpringApplicationBuilder(JournalApplication.class).web(WebApplicationType.NONE)
                .run(Databases.arguments(db, more));
    }

    private static List<String> applied(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class)
                .sql("SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class).list();
    }

    @Test
    void aMigrationMergedFromAnotherBranchIsAppliedOutOfOrder() {
        try (TestDatabase db = TestDatabases.fresh()) {
            try (ConfigurableApplicationContext app = start(db)) {
                assertEquals(List.of("V20261202021006__create_journal.sql"), applied(app));
            }
            // the other branch's migration is older (20261202020000) than the applied head (20261202021006)
            try (ConfigurableApplicationContext app = start(db, WITH_BRANCH)) {
                assertEquals(List.of("V20261202021006__create_journal.sql", "V20261202020000__add_tags.sql"),
                        applied(app));
            }
        }
    }

    @Test
    void withoutOutOfOrderTheMergedMigrationIsRefused() {
        try (TestDatabase db = TestDatabases.fresh()) {
            start(db).close();
            Exception refused = assertThrows(Exception.class,
                    () -> start(db, WITH_BRANCH, "--spring.flyway.out-of-order=false", QUIET).close());
            assertTrue(messages(refused).contains("20261202020000"), messages(refused));
        }
    }

    @Test
    void namingValidationPassesWithTheDowngradesKeptOutOfTheApplication() throws Exception {
        assertTrue(Files.isRegularFile(Path.of(SOURCES, DOWNGRADE)), "Retort wrote the downgrade beside the upgrade");
        assertNull(getClass().getResource("/db/migration/" + DOWNGRADE), "the build leaves U files out of the classes");
        try (TestDatabase db = TestDatabases.fresh()) {
            try (ConfigurableApplicationContext app = start(db)) {
                assertEquals(List.of("V20261202021006__create_journal.sql"), applied(app));
            }
        }
    }

    @Test
    void namingValidationStopsAtAMisnamedFileAndAtADowngradeOnFlywaysPath() {
        try (TestDatabase db = TestDatabases.fresh()) {
            Exception misnamed = assertThrows(Exception.class,
                    () -> start(db, "--spring.flyway.locations=" + MAIN + ",classpath:db/misnamed", QUIET).close());
            assertTrue(messages(misnamed).contains("V20261202030000_add_tags.sql"), messages(misnamed));
            // why the build excludes them: Flyway's community edition takes a U file for a misnamed migration
            Exception downgrade = assertThrows(Exception.class,
                    () -> start(db, "--spring.flyway.locations=filesystem:" + SOURCES, QUIET).close());
            assertTrue(messages(downgrade).contains("Unrecognised migration name format: " + DOWNGRADE),
                    messages(downgrade));
        }
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}
