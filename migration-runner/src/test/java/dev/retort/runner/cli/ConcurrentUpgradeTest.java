package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eight deploys starting together: the advisory lock makes each migration run exactly once, and all succeed. */
class ConcurrentUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void eightProcessesApplyEachMigrationExactlyOnceAndAllExitZero() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project p = new Project(dir, db)
                    .migration("20261101000000", "log", "CREATE TABLE log (version text);\n"
                            + "INSERT INTO log VALUES ('1');\nSELECT pg_sleep(0.3);\n", "DROP TABLE log;\n")
                    .migration("20261102000000", "second", "INSERT INTO log VALUES ('2');\nSELECT pg_sleep(0.3);\n",
                            "DELETE FROM log WHERE version = '2';\n")
                    .migration("20261103000000", "third", "INSERT INTO log VALUES ('3');\n",
                            "DELETE FROM log WHERE version = '3';\n");
            List<Process> processes = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path log = dir.resolve("child-" + i + ".log");
                logs.add(log);
                processes.add(ChildRetort.start(dir, log, "upgrade", "--url", ChildRetort.url(p)));
            }
            int appliedLines = 0;
            for (int i = 0; i < processes.size(); i++) {
                assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "child " + i + " did not finish");
                String out = Files.readString(logs.get(i));
                assertEquals(0, processes.get(i).exitValue(), "child " + i + ":\n" + out);
                assertTrue(out.contains("database at 20261103000000 (head)"), out);
                appliedLines += (int) out.lines().filter(l -> l.startsWith("applied  ")).count();
            }
            assertEquals(3, appliedLines, "each migration applied by exactly one process");
            assertEquals(3, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM log"));
            assertEquals(3, NonTransactionalMigrationTest.count(db, "SELECT count(DISTINCT version) FROM log"));
            assertEquals(3, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM flyway_schema_history"));
        }
    }
}
