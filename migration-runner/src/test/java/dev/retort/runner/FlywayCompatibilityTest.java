package dev.retort.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripts Retort writes run unchanged in a plain Flyway (community) pipeline: it applies the {@code V} files,
 * never runs or complains about the {@code U} downgrades beside them, and accepts a comment-only merge migration.
 */
class FlywayCompatibilityTest {

    @TempDir
    Path dir;

    @Test
    void plainFlywayRunsTheUpgradesAndIgnoresTheDowngradesBesideThem() throws Exception {
        Files.writeString(dir.resolve("V20261101000000__create_users.sql"),
                "-- retort:parent base\nCREATE TABLE users (id int PRIMARY KEY);\n");
        // if Flyway ran this downgrade, the table would be gone or the run would fail
        Files.writeString(dir.resolve("U20261101000000__create_users.sql"), "DROP TABLE users;\n");
        Files.writeString(dir.resolve("V20261102000000__merge.sql"),
                "-- retort:parent 20261101000000\n-- retort:parent 20261101000000\n-- merge point: no statements\n");
        Files.writeString(dir.resolve("U20261102000000__merge.sql"), "SELECT 1/0;\n");
        try (TestDatabase db = TestDatabases.fresh()) {
            Flyway flyway = Flyway.configure()
                    .dataSource(db.url().jdbcUrl(), db.url().user(), db.url().password())
                    .locations("filesystem:" + dir)
                    .load();
            MigrateResult result = flyway.migrate();
            assertTrue(result.success);
            assertEquals(2, result.migrationsExecuted);
            MigrationInfo[] all = flyway.info().all();
            assertEquals(2, all.length, Arrays.toString(all));
            assertTrue(Arrays.stream(all).allMatch(m -> m.getScript().startsWith("V")), Arrays.toString(all));
            flyway.validate();
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_tables WHERE tablename = 'users'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
