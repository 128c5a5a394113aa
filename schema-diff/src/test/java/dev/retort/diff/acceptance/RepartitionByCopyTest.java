package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.RepartitionTable;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Repartitioning;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table declared with {@code repartitionByCopyingRows()} is converted between plain and partitioned by copying its
 * rows, on a real PostgreSQL: every row survives both directions with its values, the upgrade gives the declared
 * schema exactly and its derived downgrade the old one; what references the table (a foreign key, a view, a
 * sequence its column owns) works on the new form, whose identity sequence has the name and the position of the old
 * one's; without the drop of the backup, the old form stays beside it (with its identity sequence under its name).
 */
class RepartitionByCopyTest {

    static final String PLAIN = "CREATE TABLE kinds (id int PRIMARY KEY);"
            + " INSERT INTO kinds VALUES (1), (2);"
            + " CREATE TABLE events (id bigserial NOT NULL, at date NOT NULL, kind int NOT NULL REFERENCES kinds,"
            + " payload jsonb, note text DEFAULT 'none', ref bigint GENERATED ALWAYS AS IDENTITY (START 7),"
            + " CONSTRAINT events_pkey PRIMARY KEY (id, at),"
            + " CONSTRAINT events_payload_check CHECK (payload IS NOT NULL OR note IS NOT NULL));"
            + " CREATE INDEX ix_events_kind ON events (kind);"
            + " COMMENT ON TABLE events IS 'what happened';"
            + " CREATE TABLE marks (id int PRIMARY KEY, event_id bigint, event_at date,"
            + " CONSTRAINT fk_marks_event FOREIGN KEY (event_id, event_at) REFERENCES events (id, at));"
            + " CREATE VIEW recent AS SELECT id, at FROM events WHERE at > '2026-06-01';";
    static final String RANGE = "CREATE TABLE kinds (id int PRIMARY KEY);"
            + " INSERT INTO kinds VALUES (1), (2);"
            + " CREATE TABLE events (id bigserial NOT NULL, at date NOT NULL, kind int NOT NULL REFERENCES kinds,"
            + " payload jsonb, note text DEFAULT 'none', ref bigint GENERATED ALWAYS AS IDENTITY (START 7),"
            + " CONSTRAINT events_pkey PRIMARY KEY (id, at),"
            + " CONSTRAINT events_payload_check CHECK (payload IS NOT NULL OR note IS NOT NULL)) PARTITION BY RANGE (at);"
            + " CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
            + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
            + " CREATE INDEX ix_events_kind ON events (kind);"
            + " COMMENT ON TABLE events IS 'what happened';"
            + " CREATE TABLE marks (id int PRIMARY KEY, event_id bigint, event_at date,"
            + " CONSTRAINT fk_marks_event FOREIGN KEY (event_id, event_at) REFERENCES events (id, at));"
            + " CREATE VIEW recent AS SELECT id, at FROM events WHERE at > '2026-06-01';";
    // 25,000 rows: three batches of the copy
    static final String ROWS = "INSERT INTO events (at, kind, payload, note) SELECT DATE '2025-01-01' + (g % 700),"
            + " 1 + g % 2, CASE WHEN g % 3 = 0 THEN NULL ELSE jsonb_build_object('g', g) END,"
            + " CASE WHEN g % 5 = 0 AND g % 3 <> 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 25000) g;"
            + " INSERT INTO marks SELECT g, g, DATE '2025-01-01' + (g % 700) FROM generate_series(1, 100) g;";
    // the sequences of the columns (a serial one and an identity one) and every sequence there is
    static final String SEQUENCES = "public.events_id_seq public.events_ref_seq events_id_seq,events_ref_seq";
    static final String SEQUENCES_NOW = "SELECT pg_get_serial_sequence('events', 'id'), pg_get_serial_sequence('events',"
            + " 'ref'), (SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relkind = 'S')";
    static final String FINGERPRINT = "SELECT count(*), md5(string_agg(e::text, ',' ORDER BY id, at)) FROM events e";

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    @Test
    void rowsSurvivePlainToPartitionedAndBackAndTheSchemasAreExact() throws SQLException {
        try (TestDatabase dbA = TestDatabases.fresh(); TestDatabase dbB = TestDatabases.fresh();
             Connection a = dbA.connect(); Connection b = dbB.connect()) {
            run(a, PLAIN + ROWS);
            run(b, RANGE);
            SchemaModel plain = inspector.inspect(a).model();
            SchemaModel range = inspector.inspect(b).model();
            String rows = query(a, FINGERPRINT);

            DiffResult up = engine.diff(plain, copying(range, Repartitioning.COPY_ROWS_DROP_BACKUP));
            assertTrue(up.changes().stream().anyMatch(c -> c instanceof RepartitionTable), up.changes().toString());
            assertNoDropOf(up.upgrade().statements(), "public.events");
            assertTrue(up.upgrade().hazards().containsAll(List.of(Hazard.COPIES_ROWS, Hazard.ACCESS_EXCLUSIVE_LOCK,
                    Hazard.DELETES_DATA)), up.upgrade().hazards().toString());
            Apply.plan(a, up.upgrade());
            SchemaModel upgraded = inspector.inspect(a).model();
            assertTrue(engine.diff(upgraded, range).isEmpty(), () -> engine.diff(upgraded, range).changes().toString());
            assertEquals(range, upgraded, "the upgrade gives the partitioned schema exactly");
            assertEquals(rows, query(a, FINGERPRINT), "every row, with its values");
            assertEquals("13139 11861", query(a, "SELECT (SELECT count(*) FROM ONLY events_2025), (SELECT count(*) FROM ONLY events_2026)"),
                    "the rows are in their partitions");
            // the sequence the column owns goes on where it stood; the foreign key and the view follow the new table
            run(a, "INSERT INTO events (at, kind, note) VALUES ('2026-02-02', 1, 'after')");
            assertEquals("25001", query(a, "SELECT max(id) FROM events"));
            // the identity sequence is named as a fresh CREATE names it, and goes on where the old one stood
            assertEquals(SEQUENCES, query(a, SEQUENCES_NOW));
            assertEquals("25007", query(a, "SELECT ref FROM events WHERE note = 'after'"));
            assertEquals("100", query(a, "SELECT count(*) FROM marks m JOIN events e ON (e.id, e.at) = (m.event_id, m.event_at)"));

            Apply.plan(a, up.downgrade());
            SchemaModel downgraded = inspector.inspect(a).model();
            assertTrue(engine.diff(downgraded, plain).isEmpty(), () -> engine.diff(downgraded, plain).changes().toString());
            assertEquals(plain, downgraded, "the downgrade gives the plain schema exactly");
            run(a, "DELETE FROM events WHERE note = 'after'");
            assertEquals(rows, query(a, FINGERPRINT), "every row, with its values, back in the plain table");
            assertEquals(SEQUENCES, query(a, SEQUENCES_NOW));
            run(a, "INSERT INTO events (at, kind, note) VALUES ('2026-02-02', 1, 'again')");
            assertEquals("25008", query(a, "SELECT ref FROM events WHERE note = 'again'"));
        }
    }

    @Test
    void withoutTheDropTheOldFormStaysAsABackupWithItsRows() throws SQLException {
        try (TestDatabase dbA = TestDatabases.fresh(); TestDatabase dbB = TestDatabases.fresh();
             Connection a = dbA.connect(); Connection b = dbB.connect()) {
            run(a, PLAIN + ROWS);
            run(b, RANGE);
            SchemaModel plain = inspector.inspect(a).model();
            SchemaModel range = inspector.inspect(b).model();
            DiffResult up = engine.diff(plain, copying(range, Repartitioning.COPY_ROWS_KEEP_BACKUP));
            assertFalse(up.upgrade().hazards().contains(Hazard.DELETES_DATA), up.upgradeSql());
            Apply.plan(a, up.upgrade());
            assertEquals("25000", query(a, "SELECT count(*) FROM events__retort_old_plain"));
            assertEquals("25000", query(a, "SELECT count(*) FROM events"));
            assertEquals("public.events_ref_seq public.events__retort_old_plain_ref_seq", query(a,
                    "SELECT pg_get_serial_sequence('events', 'ref'), pg_get_serial_sequence('events__retort_old_plain', 'ref')"));
            // the downgrade keeps its own backup, under another name
            Apply.plan(a, up.downgrade());
            assertEquals("25000", query(a, "SELECT count(*) FROM events__retort_old_range"));
            assertEquals("public.events_ref_seq public.events__retort_old_range_ref_seq", query(a,
                    "SELECT pg_get_serial_sequence('events', 'ref'), pg_get_serial_sequence('events__retort_old_range', 'ref')"));
            assertEquals("25000", query(a, "SELECT count(*) FROM events"));
            assertEquals("f", query(a, "SELECT EXISTS (SELECT FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid"
                    + " WHERE c.relname = 'events')"));
        }
    }

    /**
     * A partition that becomes sub-partitioned (and back): its rows are copied into the new form, which is attached
     * with the same bound; the other partitions and the parent keep theirs, and both schemas come out exact.
     */
    @Test
    void aPartitionBecomesSubPartitionedAndBackWithItsRows() throws SQLException {
        String parent = "CREATE TABLE kinds (id int PRIMARY KEY); INSERT INTO kinds VALUES (1), (2);"
                + " CREATE TABLE events (id bigserial, at date NOT NULL, kind int NOT NULL REFERENCES kinds,"
                + " note text, CONSTRAINT events_pkey PRIMARY KEY (id, at)) PARTITION BY RANGE (at);"
                + " CREATE INDEX ix_events_kind ON events (kind);"
                + " CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
                + " CREATE TABLE events_other PARTITION OF events DEFAULT;";
        String leaf = parent + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');";
        String sub = parent + " CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"
                + " PARTITION BY HASH (id);"
                + " CREATE TABLE events_2026_h0 PARTITION OF events_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 0);"
                + " CREATE TABLE events_2026_h1 PARTITION OF events_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 1);";
        String rows = "INSERT INTO events (at, kind, note) SELECT DATE '2025-01-01' + (g % 900), 1 + g % 2, 'n' || g"
                + " FROM generate_series(1, 24000) g;";
        String perPartition = "SELECT (SELECT count(*) FROM events_2025), (SELECT count(*) FROM events_2026),"
                + " (SELECT count(*) FROM events_other)";
        try (TestDatabase dbA = TestDatabases.fresh(); TestDatabase dbB = TestDatabases.fresh();
             Connection a = dbA.connect(); Connection b = dbB.connect()) {
            run(a, leaf + rows);
            run(b, sub);
            SchemaModel plain = inspector.inspect(a).model();
            SchemaModel hashed = inspector.inspect(b).model();
            String all = query(a, FINGERPRINT);
            String counts = query(a, perPartition);
            QualifiedName partition = QualifiedName.of("public", "events_2026");
            SchemaModel target = hashed.withTables(hashed.tables().stream().map(t -> t.name().equals(partition)
                    ? t.withRepartitioning(Repartitioning.COPY_ROWS_DROP_BACKUP) : t).toList());

            DiffResult up = engine.diff(plain, target);
            assertTrue(up.changes().stream().anyMatch(c -> c instanceof RepartitionTable), up.changes().toString());
            assertNoDropOf(up.upgrade().statements(), "public.events_2026");
            Apply.plan(a, up.upgrade());
            assertEquals(hashed, inspector.inspect(a).model(), "the upgrade gives the sub-partitioned schema exactly");
            assertEquals(all, query(a, FINGERPRINT), "every row, with its values");
            assertEquals(counts, query(a, perPartition), "each row in its partition");
            assertEquals("0", query(a, "SELECT count(*) FROM ONLY events_2026"));
            run(a, "INSERT INTO events (at, kind, note) VALUES ('2026-05-05', 1, 'after')");
            assertEquals("24001", query(a, "SELECT id FROM events_2026 WHERE note = 'after'"));

            Apply.plan(a, up.downgrade());
            assertEquals(plain, inspector.inspect(a).model(), "the downgrade gives the plain partition back exactly");
            run(a, "DELETE FROM events WHERE note = 'after'");
            assertEquals(all, query(a, FINGERPRINT), "every row, with its values, back in the plain partition");
            assertEquals(counts, query(a, perPartition));
        }
    }

    static SchemaModel copying(SchemaModel model, Repartitioning mode) {
        QualifiedName events = QualifiedName.of("public", "events");
        return model.withTables(model.tables().stream()
                .map(t -> t.name().equals(events) ? t.withRepartitioning(mode) : t).toList());
    }

    private static void assertNoDropOf(List<PlannedStatement> statements, String table) {
        for (PlannedStatement s : statements) {
            assertFalse(s.sql().equals("DROP TABLE " + table) || s.sql().startsWith("DROP TABLE " + table + " "), s.sql());
        }
    }

    static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            StringBuilder out = new StringBuilder(String.valueOf(r.getString(1)));
            for (int i = 2; i <= r.getMetaData().getColumnCount(); i++) {
                out.append(' ').append(r.getString(i));
            }
            return out.toString();
        }
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : SqlScript.statements(sql)) {
                s.execute(statement);
            }
        }
    }
}
