package dev.retort.runner.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL cannot reorder columns: a downgrade that adds a dropped middle column back adds it last. The differ pairs
 * columns by name, so roundtrip passes, and says so as a warning naming the table instead of a silent "ok".
 */
class ColumnOrderWarningTest {

    static final String V1 = "20261101000000";
    static final String V2 = "20261102000000";

    @TempDir
    Path dir;
    TestDatabase db;
    Project project;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        project = new Project(dir, db)
                .migration(V1, "create_notes", "-- retort:parent base\nCREATE TABLE notes (id int, title text, body text);\n",
                        "DROP TABLE notes;\n")
                .migration(V2, "drop_title", "-- retort:parent " + V1 + "\nALTER TABLE notes DROP COLUMN title;\n",
                        "ALTER TABLE notes ADD COLUMN title text;\n");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void roundtripWarnsWhenADowngradeLeavesColumnsInAnotherOrder() {
        CliRun run = project.run("roundtrip");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("ok   V" + V2 + "__drop_title.sql (upgrade, downgrade, upgrade)"), run.out());
        assertTrue(run.out().contains("warning V" + V2 + "__drop_title.sql: table public.notes: columns are in the order"
                + " (id, body, title), expected (id, title, body)"), run.out());
        assertTrue(run.out().contains("Retort cannot reorder columns"), run.out());
        assertTrue(!run.out().contains("warning V" + V1), run.out());
    }
}
