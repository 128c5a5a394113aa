package dev.retort.vibes.migrations;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.schema.model.SchemaModel;
import dev.retort.vibes.VibesSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team that keeps its plain Flyway (or Spring Boot) pipeline gets the same database from the Vibes scripts as
 * Retort's runner: Flyway applies the {@code V} files, never runs the {@code U} downgrades beside them (if it did,
 * nothing would be left), validates, and the result is the declared schema; Retort then reads that database's
 * history as its own.
 */
class PlainFlywayTest {

    @Test
    void plainFlywayOnTheMigrationFolderBuildsTheDeclaredSchema() throws SQLException {
        try (TestDatabase db = TestDatabases.fresh()) {
            assertBuildsTheDeclaredSchema(db, "filesystem:" + VibesProject.folder());
        }
    }

    @Test
    void plainFlywayWithItsDefaultClasspathLocationFindsTheScriptsInThisModule() throws SQLException {
        // Flyway's (and Spring Boot's) default location is classpath:db/migration: the module's jar layout
        try (TestDatabase db = TestDatabases.fresh()) {
            assertBuildsTheDeclaredSchema(db, "classpath:db/migration");
        }
    }

    private static void assertBuildsTheDeclaredSchema(TestDatabase db, String location) throws SQLException {
        Flyway flyway = Flyway.configure()
                .dataSource(db.url().jdbcUrl(), db.url().user(), db.url().password())
                .locations(location)
                .load();
        MigrateResult result = flyway.migrate();
        assertTrue(result.success);
        assertEquals(3, result.migrationsExecuted);
        assertEquals(VibesProject.headVersion(), result.targetSchemaVersion);
        MigrationInfo[] all = flyway.info().all();
        List<String> scripts = Arrays.stream(all).map(MigrationInfo::getScript).toList();
        assertEquals(VibesProject.upgradeScripts(), scripts);
        flyway.validate();

        try (Connection c = db.connect()) {
            assertArrayEquals(new int[] {22, 126}, VibesProject.publicTablesAndIndexes(c));
        }
        SchemaModel declared = new VibesSchema().schema();
        SchemaSnapshots snapshots = new SchemaSnapshots(VibesProject.config());
        SchemaModel built = snapshots.inspect(db.url(), declared);
        DiffResult drift = new DiffEngine().diff(built, snapshots.normalize(declared, TestDatabases.server()));
        assertTrue(drift.isEmpty(), () -> "plain Flyway built another schema than declared:\n" + drift.upgradeSql());

        // Retort reads the history Flyway wrote: at head, nothing pending, check clean
        CliRun current = VibesProject.cli(db, "current");
        assertEquals(0, current.code(), current.toString());
        assertTrue(current.out().contains(VibesProject.headVersion()), current.toString());
        CliRun upgrade = VibesProject.cli(db, "upgrade", "head");
        assertTrue(upgrade.out().contains("nothing to apply"), upgrade.toString());
        CliRun check = VibesProject.cli(db, "check");
        assertEquals(0, check.code(), check.toString());
    }
}
