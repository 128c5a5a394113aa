package dev.retort.runner.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The honesty rule on a real PostgreSQL: two databases that differ only in something Retort does not manage (an
 * object kind, or a detail of a managed object its model does not hold) are never "equal": {@code diff --exit-code}
 * exits 3 and names the object.
 */
class UnmanagedDifferencesTest {

    /** In both databases: a managed table, a trigger function, an event trigger function, a sequence, a role to grant to. */
    private static final List<String> BASE = List.of(
            "DO $$BEGIN CREATE ROLE honesty_app; EXCEPTION WHEN duplicate_object THEN NULL; END$$",
            "CREATE TABLE foobar (id int PRIMARY KEY, buzz int, note text)",
            "CREATE TABLE ref (id int PRIMARY KEY)",
            "CREATE SEQUENCE s",
            "CREATE TYPE mood AS ENUM ('ok', 'meh')",
            "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
            // the event trigger's function is a managed function: both sides have it
            "CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END'",
            "CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at)");

    /** A difference: what only one side runs (or each side its own), and what the report must name. */
    record Case(String name, List<String> from, List<String> to, String named) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case onlyTo(String name, String named, String... to) {
        return new Case(name, List.of(), List.of(to), named);
    }

    static Case both(String name, String named, String from, String to) {
        return new Case(name, List.of(from), List.of(to), named);
    }

    static Stream<Case> cases() {
        return Stream.of(
                onlyTo("operator", "operator public.===(integer, integer)",
                        "CREATE OPERATOR === (leftarg = int, rightarg = int, function = int4eq)"),
                onlyTo("rule", "rule public.foobar.r", "CREATE RULE r AS ON DELETE TO foobar DO INSTEAD NOTHING"),
                onlyTo("collation", "collation public.ci",
                        "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
                onlyTo("extended statistics", "extended statistics public.st", "CREATE STATISTICS st ON id, buzz FROM foobar"),
                onlyTo("text search configuration", "text search configuration public.myts",
                        "CREATE TEXT SEARCH CONFIGURATION myts (copy = english)"),
                onlyTo("foreign table", "foreign table public.ft", "CREATE FOREIGN DATA WRAPPER honesty_fdw",
                        "CREATE SERVER honesty_srv FOREIGN DATA WRAPPER honesty_fdw",
                        "CREATE FOREIGN TABLE ft (a int) SERVER honesty_srv"),
                onlyTo("event trigger", "event trigger honesty_evt",
                        "CREATE EVENT TRIGGER honesty_evt ON ddl_command_start EXECUTE FUNCTION evt()"),
                onlyTo("publication", "publication honesty_pub", "CREATE PUBLICATION honesty_pub FOR TABLE foobar"),
                // default privileges were read by nothing: two databases differing in them compared equal
                onlyTo("default privileges in a schema", "default privileges public.",
                        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO honesty_app"),
                both("default privileges changed", "default privileges public.",
                        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO honesty_app",
                        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO honesty_app"),
                onlyTo("default privileges in every schema", "default privileges in every schema",
                        "ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO honesty_app"),
                onlyTo("column options", "column public.foobar.buzz: options",
                        "ALTER TABLE foobar ALTER COLUMN buzz SET (n_distinct = 10)"),
                // owners are not in the model: a changed owner is named, never a silent "equal"
                onlyTo("table owner", "table public.foobar: owner", "ALTER TABLE foobar OWNER TO honesty_app"),
                onlyTo("function owner", "routine public.trg(): owner", "ALTER FUNCTION trg() OWNER TO honesty_app"),
                onlyTo("type owner", "type public.mood: owner", "ALTER TYPE mood OWNER TO honesty_app"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aDifferenceOnlyInWhatRetortDoesNotManageIsNamedAndExits3(Case c) throws Exception {
        CliRun diff = diffBetween(c);
        assertEquals(Differences.UNMANAGED, diff.code(), diff.toString());
        assertTrue(diff.err().contains(c.named()), "names " + c.named() + ": " + diff);
        assertTrue(diff.out().contains("-- No changes Retort can make, but the schemas are NOT equal."), diff.out());
        assertTrue(diff.out().contains("--   " + c.named()), "named in the script too: " + diff.out());
        assertFalse(diff.out().contains("the schemas are equal"), diff.out());
    }

    /**
     * Objects and details the model now holds: a difference in one is planned exactly (exit 1), never "equal" and
     * never exit 3.
     */
    static Stream<Case> managedDetails() {
        return Stream.of(
                // functions, procedures and triggers are managed kinds
                onlyTo("function", "function public.f()", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
                both("function body", "function public.f(): differs",
                        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2'"),
                onlyTo("procedure", "procedure public.p()", "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'"),
                onlyTo("trigger", "trigger public.foobar.t",
                        "CREATE TRIGGER t BEFORE INSERT ON foobar FOR EACH ROW EXECUTE FUNCTION trg()"),
                both("trigger disabled", "trigger public.foobar.t: differs",
                        "CREATE TRIGGER t BEFORE INSERT ON foobar FOR EACH ROW EXECUTE FUNCTION trg()",
                        "CREATE TRIGGER t BEFORE INSERT ON foobar FOR EACH ROW EXECUTE FUNCTION trg();"
                                + " ALTER TABLE foobar DISABLE TRIGGER t"),
                onlyTo("view", "view public.v", "CREATE VIEW v AS SELECT id FROM foobar"),
                both("view query", "view public.v", "CREATE VIEW v AS SELECT id FROM foobar",
                        "CREATE VIEW v AS SELECT id, buzz FROM foobar"),
                both("view option", "view public.v", "CREATE VIEW v AS SELECT id FROM foobar",
                        "CREATE VIEW v WITH (security_barrier) AS SELECT id FROM foobar"),
                onlyTo("materialized view", "materialized view public.mv",
                        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM foobar"),
                both("materialized view index", "materialized view public.mv",
                        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM foobar",
                        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM foobar; CREATE UNIQUE INDEX mv_id ON mv (id)"),
                both("materialized view storage parameter", "materialized view public.mv",
                        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM foobar",
                        "CREATE MATERIALIZED VIEW mv WITH (fillfactor = 70) AS SELECT id FROM foobar"),
                onlyTo("aggregate", "aggregate public.agg(integer)",
                        "CREATE AGGREGATE agg(int) (sfunc = int4pl, stype = int, initcond = '0')"),
                onlyTo("column added to a partitioned table", "table public.events",
                        "ALTER TABLE events ADD COLUMN extra text"),
                onlyTo("partition", "table public.events_2024",
                        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
                onlyTo("inheritance", "table public.child", "CREATE TABLE child (extra text) INHERITS (foobar)"),
                onlyTo("extension", "extension public.pg_trgm", "CREATE EXTENSION pg_trgm"),
                onlyTo("schema comment", "comment on schema public", "COMMENT ON SCHEMA public IS 'ours'"),
                both("extension comment", "extension pg_trgm", "CREATE EXTENSION pg_trgm",
                        "CREATE EXTENSION pg_trgm; COMMENT ON EXTENSION pg_trgm IS 'fuzzy'"),
                onlyTo("policy", "policy public.foobar.pol", "CREATE POLICY pol ON foobar USING (id > 0)"),
                both("policy expression", "policy public.foobar.pol: differs", "CREATE POLICY pol ON foobar USING (id > 0)",
                        "CREATE POLICY pol ON foobar USING (id > 1)"),
                onlyTo("row level security", "table public.foobar: ROW LEVEL SECURITY",
                        "ALTER TABLE foobar ENABLE ROW LEVEL SECURITY"),
                onlyTo("forced row level security", "table public.foobar: FORCE ROW LEVEL SECURITY",
                        "ALTER TABLE foobar FORCE ROW LEVEL SECURITY"),
                onlyTo("grant on a table", "table public.foobar: grants", "GRANT SELECT ON foobar TO honesty_app"),
                onlyTo("grant on a column", "column public.foobar.note: grants", "GRANT UPDATE (note) ON foobar TO honesty_app"),
                both("grant on a view", "view public.v: grants", "CREATE VIEW v AS SELECT id FROM foobar",
                        "CREATE VIEW v AS SELECT id FROM foobar; GRANT SELECT ON v TO honesty_app"),
                both("grant on a view's column", "column public.v.id: grants", "CREATE VIEW v AS SELECT id FROM foobar",
                        "CREATE VIEW v AS SELECT id FROM foobar; GRANT UPDATE (id) ON v TO honesty_app"),
                both("grant on a materialized view", "materialized view public.mv: grants",
                        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM foobar",
                        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM foobar; GRANT SELECT ON mv TO honesty_app"),
                onlyTo("grant on a sequence", "sequence public.s: grants", "GRANT USAGE ON SEQUENCE s TO honesty_app"),
                onlyTo("grant on a schema", "schema public: grants", "GRANT CREATE ON SCHEMA public TO honesty_app"),
                onlyTo("grant on an enum", "type public.mood: grants", "REVOKE USAGE ON TYPE mood FROM PUBLIC"),
                both("grant on a domain", "type public.posint: grants", "CREATE DOMAIN posint AS int",
                        "CREATE DOMAIN posint AS int; REVOKE USAGE ON DOMAIN posint FROM PUBLIC"),
                onlyTo("UNLOGGED", "table public.foobar: UNLOGGED", "ALTER TABLE foobar SET UNLOGGED"),
                onlyTo("table storage parameters", "table public.foobar: storage parameters",
                        "ALTER TABLE foobar SET (fillfactor = 70)"),
                onlyTo("replica identity", "table public.foobar: replica identity", "ALTER TABLE foobar REPLICA IDENTITY FULL"),
                onlyTo("column collation", "column public.foobar.note: collation",
                        "ALTER TABLE foobar ALTER COLUMN note TYPE text COLLATE \"C\""),
                onlyTo("column storage", "column public.foobar.note: storage",
                        "ALTER TABLE foobar ALTER COLUMN note SET STORAGE EXTERNAL"),
                onlyTo("column compression", "column public.foobar.note: compression",
                        "ALTER TABLE foobar ALTER COLUMN note SET COMPRESSION pglz"),
                both("identity options", "column public.idt.id: identity options",
                        "CREATE TABLE idt (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
                        "CREATE TABLE idt (id int GENERATED BY DEFAULT AS IDENTITY (START WITH 100) PRIMARY KEY)"),
                both("NOT VALID", "constraint public.foobar.ck: NOT VALID",
                        "ALTER TABLE foobar ADD CONSTRAINT ck CHECK (buzz > 0)",
                        "ALTER TABLE foobar ADD CONSTRAINT ck CHECK (buzz > 0) NOT VALID"),
                both("NO INHERIT", "constraint public.foobar.ck: NO INHERIT",
                        "ALTER TABLE foobar ADD CONSTRAINT ck CHECK (buzz > 0)",
                        "ALTER TABLE foobar ADD CONSTRAINT ck CHECK (buzz > 0) NO INHERIT"),
                both("DEFERRABLE", "constraint public.foobar.uq: DEFERRABLE",
                        "ALTER TABLE foobar ADD CONSTRAINT uq UNIQUE (note)",
                        "ALTER TABLE foobar ADD CONSTRAINT uq UNIQUE (note) DEFERRABLE"),
                both("INITIALLY DEFERRED", "constraint public.foobar.uq: INITIALLY DEFERRED",
                        "ALTER TABLE foobar ADD CONSTRAINT uq UNIQUE (note) DEFERRABLE",
                        "ALTER TABLE foobar ADD CONSTRAINT uq UNIQUE (note) DEFERRABLE INITIALLY DEFERRED"),
                both("INCLUDE", "constraint public.foobar.uq: INCLUDE",
                        "ALTER TABLE foobar ADD CONSTRAINT uq UNIQUE (note)",
                        "ALTER TABLE foobar ADD CONSTRAINT uq UNIQUE (note) INCLUDE (buzz)"),
                both("MATCH FULL", "constraint public.foobar.fk: MATCH FULL",
                        "ALTER TABLE foobar ADD CONSTRAINT fk FOREIGN KEY (buzz) REFERENCES ref (id)",
                        "ALTER TABLE foobar ADD CONSTRAINT fk FOREIGN KEY (buzz) REFERENCES ref (id) MATCH FULL"),
                onlyTo("constraint comment", "constraint public.foobar.foobar_pkey: comment",
                        "COMMENT ON CONSTRAINT foobar_pkey ON foobar IS 'the key'"),
                both("index storage parameters", "index public.foobar.ix: storage parameters",
                        "CREATE INDEX ix ON foobar (buzz)", "CREATE INDEX ix ON foobar (buzz) WITH (fillfactor = 50)"),
                both("index comment", "index public.foobar.ix: comment", "CREATE INDEX ix ON foobar (buzz)",
                        "CREATE INDEX ix ON foobar (buzz); COMMENT ON INDEX ix IS 'for lookups'"),
                both("index collation", "index public.foobar.ix: collation", "CREATE INDEX ix ON foobar (note)",
                        "CREATE INDEX ix ON foobar (note COLLATE \"C\")"),
                onlyTo("domain", "domain public.posint", "CREATE DOMAIN posint AS int CHECK (VALUE > 0)"),
                both("domain check", "domain public.posint", "CREATE DOMAIN posint AS int CHECK (VALUE > 0)",
                        "CREATE DOMAIN posint AS int CHECK (VALUE > 1)"),
                onlyTo("composite type", "composite type public.pair", "CREATE TYPE pair AS (a int, b int)"),
                onlyTo("range type", "range type public.floatrange", "CREATE TYPE floatrange AS RANGE (subtype = float8)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("managedDetails")
    void aDifferenceInAModelledDetailIsPlannedAndExits1(Case c) throws Exception {
        CliRun diff = diffBetween(c);
        assertEquals(RetortCli.DIFFERENCES, diff.code(), diff.toString());
        assertTrue(diff.out().contains("-- Changes ("), diff.out());
        assertFalse(diff.out().contains("the schemas are equal"), diff.out());
        assertFalse(diff.err().contains(c.named()), "a modelled detail is not reported as unmanaged: " + diff);
    }

    /** {@code retort diff --exit-code} between two fresh databases that differ as {@code c} says. */
    private CliRun diffBetween(Case c) throws Exception {
        try (TestDatabase from = TestDatabases.fresh(); TestDatabase to = TestDatabases.fresh()) {
            run(from, BASE);
            run(to, BASE);
            run(from, c.from());
            run(to, c.to());
            new Project(dir, from);
            return CliRun.run(dir, java.util.Map.of(), "diff", "--from", Project.postgresqlForm(from.url()),
                    "--to", Project.postgresqlForm(to.url()), "--exit-code");
        }
    }

    @Test
    void equalDatabasesAreEqual() throws Exception {
        try (TestDatabase from = TestDatabases.fresh(); TestDatabase to = TestDatabases.fresh()) {
            for (TestDatabase db : List.of(from, to)) {
                run(db, BASE);
                run(db, List.of("CREATE VIEW v AS SELECT id FROM foobar", "GRANT SELECT ON foobar TO honesty_app",
                        "CREATE TRIGGER t BEFORE INSERT ON foobar FOR EACH ROW EXECUTE FUNCTION trg()"));
            }
            new Project(dir, from);
            CliRun diff = CliRun.run(dir, java.util.Map.of(), "diff", "--from", Project.postgresqlForm(from.url()),
                    "--to", Project.postgresqlForm(to.url()), "--exit-code");
            assertEquals(0, diff.code(), diff.toString());
            assertTrue(diff.out().contains("-- No changes: the schemas are equal."), diff.out());
        }
    }

    static void run(TestDatabase db, List<String> statements) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
