package dev.retort.vibes;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.vibes.entity.VibesEntities;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * VibesDatabase builds the Vibes schema in a fresh test database the way production gets it: by running the
 * project's migrations ({@code migrations/src/main/resources/db/migration}, found through the project file
 * {@code retort.properties} at the repository root) with Retort's {@link MigrationRunner}, which upgrades through
 * Flyway. Hibernate therefore validates the entities against the migrated database, not against the declaration.
 *
 * <pre>{@code
 * try (TestDatabase db = VibesDatabase.migrated(); SessionFactory sf = VibesDatabase.sessionFactory(db)) { ... }
 * }</pre>
 */
final class VibesDatabase {

    private VibesDatabase() {
    }

    /** The Retort project configuration of this repository, with no environment overrides. */
    static ProjectConfig config() {
        Path root = ProjectConfig.findRoot(Path.of("")).orElseThrow(() -> new IllegalStateException(
                "no " + ProjectConfig.FILE_NAME + " in " + Path.of("").toAbsolutePath()
                        + " or a folder above it; run the tests from inside the Retort checkout"));
        ProjectConfig config = ProjectConfig.load(root, root, Map.of(), Map.of(), null);
        List<Path> locations = config.migrationLocations();
        if (locations.stream().noneMatch(Files::isDirectory)) {
            throw new IllegalStateException("the migration folders " + locations + " configured in "
                    + config.projectFile() + " do not exist");
        }
        return config;
    }

    /** A fresh database upgraded to the head migration; the caller closes it. */
    static TestDatabase migrated() {
        TestDatabase db = TestDatabases.fresh();
        try {
            List<String> applied = new MigrationRunner(config(), db.url(), quiet()).upgrade("head");
            if (applied.isEmpty()) {
                throw new IllegalStateException("no Vibes migration was applied to " + db.url().redacted());
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** A SessionFactory over all Vibes entities that validates the mapping against {@code db} on start. */
    static SessionFactory sessionFactory(TestDatabase db) {
        Configuration cfg = new Configuration();
        VibesEntities.all().forEach(cfg::addAnnotatedClass);
        cfg.setProperty("jakarta.persistence.jdbc.url", db.url().jdbcUrl());
        if (db.url().user() != null) {
            cfg.setProperty("jakarta.persistence.jdbc.user", db.url().user());
        }
        if (db.url().password() != null) {
            cfg.setProperty("jakarta.persistence.jdbc.password", db.url().password());
        }
        cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
        cfg.setProperty("hibernate.connection.pool_size", "2");
        return cfg.buildSessionFactory();
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
