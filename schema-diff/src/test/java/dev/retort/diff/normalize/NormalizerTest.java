package dev.retort.diff.normalize;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {

    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private final Normalizer normalizer = new Normalizer(TestDatabases.server());

    /** The declaration spells everything the way people write it; the database was built by other SQL. */
    @Test
    void declarationAndDatabaseOfTheSameSchemaCompareEqual() throws Exception {
        Table declared = Table.named(ORDERS)
                .withColumns(List.of(
                        Column.of("id", new BuiltinType("uuid")).withDefault("gen_random_uuid()"),
                        Column.of("n", new BuiltinType("int4")).withNullable(false),
                        Column.of("code", new BuiltinType("varchar(20)")),
                        Column.of("status", new BuiltinType("text")).withDefault("'ok'"),
                        Column.of("price", new BuiltinType("decimal(10,2)")).withDefault("1.5"),
                        Column.of("ratio", new BuiltinType("float8")).withDefault("0"),
                        Column.of("created", new BuiltinType("timestamptz")).withDefault("now()"),
                        Column.of("day", new BuiltinType("timestamp")),
                        Column.of("flags", new BuiltinType("bool")).withDefault("false")))
                .withPrimaryKey(new PrimaryKey("pk_orders", List.of("id")))
                .withCheckConstraints(List.of(
                        new CheckConstraint("ck_orders_status", "status IN ('ok', 'bad')"),
                        new CheckConstraint("ck_orders_n", "n != 0 AND price >= 0.5")))
                .withIndexes(List.of(
                        new Index("ix_orders_day", false, "btree",
                                List.of(IndexElement.expression("CAST(day AS date)"), IndexElement.expression("lower(code)")),
                                List.of(), "status != 'bad' AND n IN (1, 2, 3)", false),
                        new Index("ix_orders_code", true, null, List.of(IndexElement.column("code").desc()),
                                List.of("status"), null, false)));
        SchemaModel declaration = SchemaModel.empty().withTables(List.of(declared));

        SchemaModel normalized = normalizer.normalize(declaration);

        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id uuid DEFAULT gen_random_uuid() CONSTRAINT pk_orders PRIMARY KEY,"
                    + " n integer NOT NULL, code character varying(20), status text DEFAULT 'ok'::text,"
                    + " price numeric(10,2) DEFAULT 1.5, ratio double precision DEFAULT 0,"
                    + " created timestamp with time zone DEFAULT now(), day timestamp without time zone,"
                    + " flags boolean DEFAULT false,"
                    + " CONSTRAINT ck_orders_status CHECK (status = ANY (ARRAY['ok'::text, 'bad'::text])),"
                    + " CONSTRAINT ck_orders_n CHECK (n <> 0 AND price >= 0.5::numeric))");
            s.execute("CREATE INDEX ix_orders_day ON orders ((day::date), lower((code)::text))"
                    + " WHERE status <> 'bad'::text AND n = ANY (ARRAY[1, 2, 3])");
            s.execute("CREATE UNIQUE INDEX ix_orders_code ON orders (code DESC NULLS FIRST) INCLUDE (status)");
            SchemaModel inspected = new PostgresInspector().inspect(c).model();
            assertEquals(inspected, normalized);
            assertTrue(new DiffEngine().diff(normalized, inspected).isEmpty());
        }
        Table table = normalized.table(ORDERS).orElseThrow();
        assertEquals(new BuiltinType("integer"), table.column("n").orElseThrow().type());
        assertEquals(new BuiltinType("character varying(20)"), table.column("code").orElseThrow().type());
        assertEquals("'ok'::text", table.column("status").orElseThrow().defaultExpression());
        assertEquals("(status = ANY (ARRAY['ok'::text, 'bad'::text]))", table.checkConstraints().get(1).expression());
        assertEquals(false, table.column("id").orElseThrow().nullable(), "a primary key column is NOT NULL");
    }

    @Test
    void keepsDeclaredRenameHints() {
        Table declared = Table.named(ORDERS).withRenamedFrom("purchases")
                .withColumns(List.of(Column.of("total", new BuiltinType("int")).withRenamedFrom("amount")));
        SchemaModel normalized = normalizer.normalize(SchemaModel.empty().withTables(List.of(declared)));
        Table table = normalized.table(ORDERS).orElseThrow();
        assertEquals("purchases", table.renamedFrom());
        assertEquals("amount", table.columns().get(0).renamedFrom());
        assertEquals(new BuiltinType("integer"), table.columns().get(0).type());
    }

    @Test
    void namesAnUndeclaredTypeThatIsNoExtension() {
        Table declared = Table.named(ORDERS).withColumns(List.of(
                Column.of("year", new UserDefinedType(QualifiedName.of("public", "year")))));
        NormalizationException e = assertThrows(NormalizationException.class,
                () -> normalizer.normalize(SchemaModel.empty().withTables(List.of(declared))));
        assertTrue(e.getMessage().contains("type public.year (used by column public.orders.year)"), e.getMessage());
        assertTrue(e.getMessage().contains("withPrelude"), e.getMessage());
    }

    @Test
    void preludeCreatesWhatTheDeclarationRelieson() {
        Table declared = Table.named(ORDERS).withColumns(List.of(
                Column.of("year", new UserDefinedType(QualifiedName.of("public", "year"))).withDefault("2006")));
        SchemaModel normalized = normalizer
                .withPrelude(List.of("CREATE DOMAIN public.year AS integer CHECK (VALUE >= 1901)"))
                .normalize(SchemaModel.empty().withTables(List.of(declared)));
        Column year = normalized.table(ORDERS).orElseThrow().columns().get(0);
        assertEquals(new UserDefinedType(QualifiedName.of("public", "year")), year.type());
        assertEquals("2006", year.defaultExpression());
    }

    @Test
    void preludeReadFromALiveDatabaseRecreatesItsDomains() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DOMAIN \"Year\" AS smallint DEFAULT 2000 NOT NULL CONSTRAINT \"ck;y\" CHECK (VALUE > 1900)"
                    + " CONSTRAINT ck_z CHECK (VALUE < 3000)");
            s.execute("CREATE TABLE orders (y \"Year\", ys \"Year\"[])");
            SchemaModel live = new PostgresInspector().inspect(c).model();
            assertEquals(List.of(), TypePrelude.read(c, live), "the model declares its domain: no prelude");
            // a model that uses the domain without declaring it (as one written before domains were managed)
            List<String> prelude = TypePrelude.read(c, live.withObjects(List.of()));
            assertEquals(List.of("CREATE DOMAIN public.\"Year\" AS smallint DEFAULT 2000 NOT NULL"
                    + " CONSTRAINT \"ck;y\" CHECK ((VALUE > 1900)) CONSTRAINT ck_z CHECK ((VALUE < 3000))"), prelude);
            assertEquals(live, normalizer.withPrelude(prelude).normalize(live.withObjects(List.of())),
                    "the prelude's domain is read back with the rest");
        }
    }

    @Test
    void createsAnExtensionThatProvidesAnUndeclaredType() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM pg_available_extensions WHERE name = 'citext'");
            rs.next();
            org.junit.jupiter.api.Assumptions.assumeTrue(rs.getInt(1) == 1, "this server has no citext extension");
        }
        Table declared = Table.named(ORDERS).withColumns(List.of(
                Column.of("email", new UserDefinedType(QualifiedName.of("public", "citext"))).withDefault("'a'")));
        SchemaModel normalized = normalizer.normalize(SchemaModel.empty().withTables(List.of(declared)));
        assertEquals("'a'::public.citext", normalized.table(ORDERS).orElseThrow().columns().get(0).defaultExpression());
    }

    @Test
    void aDeclarationThatDoesNotBuildNamesTheObjectAndStatement() {
        Table declared = Table.named(ORDERS)
                .withColumns(List.of(Column.of("n", new BuiltinType("integer"))))
                .withCheckConstraints(List.of(new CheckConstraint("ck_orders_nope", "nope > 0")));
        NormalizationException e = assertThrows(NormalizationException.class,
                () -> normalizer.normalize(SchemaModel.empty().withTables(List.of(declared))));
        assertTrue(e.getMessage().contains("public.orders"), e.getMessage());
        assertTrue(e.getMessage().contains("\"nope\" does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("statement: CREATE TABLE"), e.getMessage());
    }

    @Test
    void dropsItsScratchDatabase() throws Exception {
        normalizer.normalize(SchemaModel.empty());
        try (Connection c = TestDatabases.server().maintenanceUrl().connect(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'retort_shadow_%'");
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
