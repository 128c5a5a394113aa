package dev.retort.runner.cli;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.date;
import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code retort revision --autogenerate} for a table declared {@code repartitionByCopyingRows()}: the conversion is
 * written as one migration of three steps, marked to run outside a transaction ({@code .conf}, as Flyway cannot tell
 * from a DO block); {@code upgrade} converts the table keeping every row, {@code check} names the backup the
 * conversion keeps, and the downgrade makes the table plain again with its rows.
 */
class RepartitionRevisionTest {

    private static final String PLAIN = "--definition=" + PlainEvents.class.getName();
    private static final String RANGE = "--definition=" + RangeEvents.class.getName();
    private static final String ROWS = "SELECT count(*) FROM events";

    @TempDir
    Path dir;

    @Test
    void theConversionIsOneMigrationOutsideATransactionThatUpgradesAndDowngradesWithTheRows() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project project = new Project(dir, db);
            assertEquals(0, project.run("revision", "-m", "events", "--autogenerate", PLAIN).code());
            assertEquals(0, project.run("upgrade").code());
            execute(db, "INSERT INTO events SELECT g, DATE '2026-01-01' + g % 300, 'n' || g FROM generate_series(1, 25000) g");

            CliRun revision = project.run("revision", "-m", "partition events", "--autogenerate", RANGE);
            assertEquals(0, revision.code(), revision.toString());
            List<Path> confs = files(".conf");
            assertEquals(2, confs.size(), "the copy's upgrade and downgrade are marked: " + revision.out());
            assertTrue(Files.readString(confs.get(0)).contains("executeInTransaction=false"));

            CliRun up = project.run("upgrade");
            assertEquals(0, up.code(), up.toString());
            assertEquals(25000, NonTransactionalMigrationTest.count(db, ROWS));
            assertEquals(1, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_partitioned_table p"
                    + " JOIN pg_class c ON c.oid = p.partrelid WHERE c.relname = 'events'"));
            CliRun check = project.run("check", RANGE);
            assertEquals(1, check.code(), check.toString());
            assertTrue(check.out().contains("events__retort_old_plain"), check.out());

            CliRun down = project.run("downgrade", "-1");
            assertEquals(0, down.code(), down.toString());
            assertEquals(25000, NonTransactionalMigrationTest.count(db, ROWS));
            assertEquals(0, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM pg_partitioned_table p"
                    + " JOIN pg_class c ON c.oid = p.partrelid WHERE c.relname = 'events'"));
            assertEquals(25000, NonTransactionalMigrationTest.count(db, "SELECT count(*) FROM events__retort_old_range"));
        }
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (var c = db.connect(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** events, plain. */
    public static final class PlainEvents implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> s.table("events", t -> {
                t.column("id", bigint()).notNull();
                t.column("at", date()).notNull();
                t.column("note", text());
                t.primaryKey("id", "at");
                t.index("note");
            }));
        }
    }

    /** events, partitioned by range over two partitions, converted by copying its rows. */
    public static final class RangeEvents implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> {
                TableRef events = s.table("events", t -> {
                    t.column("id", bigint()).notNull();
                    t.column("at", date()).notNull();
                    t.column("note", text());
                    t.primaryKey("id", "at");
                    t.index("note");
                    t.partitionByRange("at");
                    t.repartitionByCopyingRows();
                });
                s.partition("events_2026", events, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
                s.partition("events_later", events, "DEFAULT");
            });
        }
    }
}
