package dev.retort.diff.inspect;

import dev.retort.schema.model.Extension;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Objects the model does not manage are reported by kind and name, never dropped from sight silently. */
class UnmanagedReportTest {

    private final PostgresInspector inspector = new PostgresInspector();

    @Test
    void reportsEachKindByName() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Sql.run(c, "CREATE TABLE plain (id int PRIMARY KEY, during int4range, owner_id int)",
                    "CREATE TABLE events (id int GENERATED ALWAYS AS IDENTITY, at date NOT NULL, PRIMARY KEY (id, at))"
                            + " PARTITION BY RANGE (at)",
                    "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                    "CREATE SEQUENCE events_seq OWNED BY events.id",
                    "CREATE TABLE audit (ev_id int, ev_at date, FOREIGN KEY (ev_id, ev_at) REFERENCES events (id, at))",
                    "CREATE TABLE child (extra text) INHERITS (plain)",
                    "CREATE VIEW v AS SELECT id FROM plain",
                    "CREATE MATERIALIZED VIEW mv AS SELECT id FROM plain",
                    "CREATE TYPE pair AS (a int, b int)",
                    "CREATE TYPE floatrange AS RANGE (subtype = float8)",
                    "CREATE DOMAIN posint AS int CHECK (VALUE > 0)",
                    "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a'",
                    "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'",
                    "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
                    "CREATE TRIGGER t_plain BEFORE INSERT ON plain FOR EACH ROW EXECUTE FUNCTION trg()",
                    "CREATE TRIGGER t_events BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION trg()",
                    "CREATE RULE r_plain AS ON DELETE TO plain DO INSTEAD NOTHING",
                    "CREATE POLICY pol ON plain USING (id > 0)",
                    "ALTER TABLE plain ADD CONSTRAINT ex_plain EXCLUDE USING gist (during WITH &&)",
                    "CREATE STATISTICS st ON id, owner_id FROM plain",
                    "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)");
            Inspection seen = inspector.inspect(c);
            // partitioned tables, partitions and inheriting tables are managed, and so what references or owns them
            assertEquals(List.of("audit", "child", "events", "events_2024", "plain"),
                    seen.model().tables().stream().map(t -> t.name().name()).toList());
            assertEquals(List.of("events_seq"), seen.model().sequences().stream().map(q -> q.name().name()).toList(),
                    "a sequence owned by a partitioned table is managed");
            assertEquals(List.of("view public.v", "materialized view public.mv"), seen.model().objects().stream()
                    .filter(o -> o instanceof dev.retort.schema.model.View || o instanceof dev.retort.schema.model.MaterializedView)
                    .map(o -> o.id().toString()).toList(), "views are managed");
            // functions, procedures and triggers are managed kinds
            assertEquals("rule plain.r_plain, collation ci, extended statistics st",
                    String.join(", ", seen.unmanaged().stream()
                            .map(u -> u.kind().label() + " " + u.name().name()).toList()));
            assertEquals(List.of("ex_plain"), seen.model().objects(dev.retort.schema.model.ExclusionConstraint.class)
                    .stream().map(dev.retort.schema.model.ExclusionConstraint::name).toList(), "exclusion constraints are managed");
            assertEquals(List.of("pol"), seen.model().objects(dev.retort.schema.model.Policy.class).stream()
                    .map(dev.retort.schema.model.Policy::name).toList(), "the policy is managed");
            assertEquals("[domain public.posint, composite type public.pair, range type public.floatrange]",
                    seen.model().objects().stream().filter(o -> o instanceof dev.retort.schema.model.Domain
                                    || o instanceof dev.retort.schema.model.CompositeType
                                    || o instanceof dev.retort.schema.model.RangeType)
                            .map(o -> o.id().toString()).toList().toString(),
                    "domains, composite and range types are managed");
        }
    }

    @Test
    void detailsOfManagedObjectsThatTheModelHoldsAreNotReported() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Sql.run(c, "CREATE TABLE p (id int, code text COLLATE \"C\", note text,"
                            + " CONSTRAINT pk_p PRIMARY KEY (id), CONSTRAINT uq_p UNIQUE (code) INCLUDE (note),"
                            + " CONSTRAINT uq_p_note UNIQUE (note) DEFERRABLE)",
                    "CREATE TABLE c (p_id int, CONSTRAINT fk_c FOREIGN KEY (p_id) REFERENCES p (id) MATCH FULL)",
                    "ALTER TABLE c ADD CONSTRAINT ck_c CHECK (p_id > 0) NOT VALID");
            Inspection seen = inspector.inspect(c);
            // INCLUDE, DEFERRABLE, MATCH FULL, NOT VALID and COLLATE are in the model now
            assertEquals(List.of(), seen.details().stream().map(UnmodeledDetail::toString).toList());
            assertEquals(2, seen.model().tables().size(), "the objects themselves are still managed");
        }
    }

    @Test
    void reportsWhatAnIdentitySequenceHasBeyondItsName() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Sql.run(c, "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_numbers))");
            Inspection plain = inspector.inspect(c);
            assertEquals(List.of(), plain.details().stream().map(UnmodeledDetail::toString).toList(),
                    "the name alone is in the model");
            assertEquals("t_numbers", plain.model().tables().get(0).columns().get(0).identitySequence());
            Sql.run(c, "COMMENT ON SEQUENCE t_numbers IS 'ids'");
            List<String> details = inspector.inspect(c).details().stream().map(UnmodeledDetail::toString).toList();
            assertEquals(1, details.size(), details.toString());
            assertEquals(true, details.get(0).contains("t.id") && details.get(0).contains("comment"), details.toString());
        }
    }

    @Test
    void reportsAnInheritedCheckValidatedWhereItsParentsIsNotValid() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Sql.run(c, "CREATE TABLE m (id int, x int) PARTITION BY RANGE (id)",
                    "CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (10)",
                    "CREATE TABLE m_2 PARTITION OF m FOR VALUES FROM (10) TO (20)",
                    "ALTER TABLE m ADD CONSTRAINT ck_x CHECK (x > 0) NOT VALID",
                    "CREATE TABLE cities (name text, pop int)",
                    "CREATE TABLE capitals (st text) INHERITS (cities)",
                    "ALTER TABLE cities ADD CONSTRAINT ck_pop CHECK (pop > 0) NOT VALID");
            assertEquals(List.of(), inspector.inspect(c).details().stream().map(UnmodeledDetail::toString).toList(),
                    "copies as NOT VALID as their parent's are the parent's");
            // a table created under the NOT VALID check gets a valid copy (it is empty): that is a detail too
            Sql.run(c, "CREATE TABLE towns (x int) INHERITS (cities)");
            assertEquals(List.of("constraint public.towns.ck_pop: validated while the parent check is NOT VALID true"),
                    inspector.inspect(c).details().stream().map(UnmodeledDetail::toString).toList());
            Sql.run(c, "DROP TABLE towns");
            Sql.run(c, "ALTER TABLE m_1 VALIDATE CONSTRAINT ck_x", "ALTER TABLE capitals VALIDATE CONSTRAINT ck_pop");
            // the model holds the check on the parent only: reported, a diff against the state before is not equal
            assertEquals(List.of("constraint public.capitals.ck_pop: validated while the parent check is NOT VALID true",
                            "constraint public.m_1.ck_x: validated while the parent check is NOT VALID true"),
                    inspector.inspect(c).details().stream().map(UnmodeledDetail::toString).toList());
            Sql.run(c, "ALTER TABLE m VALIDATE CONSTRAINT ck_x", "ALTER TABLE cities VALIDATE CONSTRAINT ck_pop");
            assertEquals(List.of(), inspector.inspect(c).details().stream().map(UnmodeledDetail::toString).toList(),
                    "a copy of a valid check is the parent's again");
        }
    }

    @Test
    void keepsForeignKeysIntoSchemasThatAreNotInspected() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Sql.run(c, "CREATE SCHEMA ref", "CREATE TABLE ref.codes (k text, v int, PRIMARY KEY (v, k))",
                    "CREATE TABLE uses (k text, v int, CONSTRAINT fk_uses FOREIGN KEY (k, v) REFERENCES ref.codes (k, v))");
            Table uses = inspector.inspect(c).model().table(QualifiedName.of("public", "uses")).orElseThrow();
            assertEquals(List.of(new ForeignKey("fk_uses", List.of("k", "v"), QualifiedName.of("ref", "codes"),
                    List.of("k", "v"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false)),
                    uses.foreignKeys());
        }
    }

    @Test
    void skipsObjectsThatBelongToAnExtension() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            boolean available;
            try (var rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_available_extensions WHERE name = 'citext'")) {
                rs.next();
                available = rs.getInt(1) == 1;
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(available, "this server has no citext extension");
            Sql.run(c, "CREATE EXTENSION citext", "CREATE TABLE t (email citext)");
            Inspection seen = inspector.inspect(c);
            assertEquals("[]", seen.unmanaged().toString(), "neither the extension (managed) nor its functions,"
                    + " types and operators are unmanaged");
            assertEquals(List.of(new Extension("citext", "public", seen.model().objects(Extension.class).get(0).version(),
                    null)), seen.model().objects(Extension.class), "the extension is in the model, once");
            assertEquals(1, seen.model().tables().size());
            assertEquals("[]", seen.dependents().toString(), "the column's type belongs to a managed extension");
        }
    }
}
