package dev.retort.diff.normalize;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.retort.schema.dsl.IndexPart.expr;
import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.text;
import static dev.retort.schema.dsl.Types.timestamptz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Functions, procedures and triggers declared in the DSL normalize to what the same SQL gives in a database. */
class NormalizerRoutineTest {

    private final Normalizer normalizer = new Normalizer(TestDatabases.server());

    private static SchemaModel declaration() {
        return Schema.define(s -> {
            TableRef orders = s.table("orders", t -> {
                t.column("id", integer());
                t.column("code", text());
                t.column("status", text());
                t.column("updated_at", timestamptz());
                t.index(expr("norm(code)")).named("orders_code_norm");
            });
            // a body naming a table, and a function the index uses (declared after the table: order is the plan's)
            s.function("open_orders", "", "bigint", "sql", "SELECT count(*) FROM orders WHERE status = 'open'").stable();
            s.function("norm", "s int", "text", "sql", "RETURN lower(s::text)").immutable().strict();
            s.function("norm", "s text", "text", "sql", "RETURN lower(s)").immutable().strict()
                    .set("search_path", "pg_catalog").comment("normal form");
            s.function("touch", "", "trigger", "plpgsql", "BEGIN NEW.updated_at := now(); RETURN NEW; END");
            s.procedure("close_all", "", "sql", "UPDATE orders SET status = 'closed'").securityDefiner();
            s.trigger("orders_touch", orders).before("INSERT OR UPDATE").forEachRow().execute("touch()");
            s.trigger("orders_status", orders).after("UPDATE OF status").forEachRow()
                    .when("OLD.status IS DISTINCT FROM NEW.status").execute("touch()").disabled().comment("off");
        });
    }

    @Test
    void aDeclarationOfRoutinesAndTriggersBuildsAndMatchesTheDatabase() throws Exception {
        SchemaModel normalized = normalizer.normalize(declaration());
        assertEquals(5, normalized.objects(Routine.class).size());
        assertEquals(List.of(TriggerEnabled.DISABLED, TriggerEnabled.ORIGIN),
                normalized.objects(Trigger.class).stream().map(Trigger::enabled).toList());
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id integer, code text, status text, updated_at timestamptz)");
            s.execute("CREATE FUNCTION open_orders() RETURNS bigint LANGUAGE sql STABLE"
                    + " AS $body$SELECT count(*) FROM orders WHERE status = 'open'$body$");
            s.execute("CREATE FUNCTION norm(s integer) RETURNS text LANGUAGE sql IMMUTABLE STRICT RETURN lower(s::text)");
            s.execute("CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE STRICT"
                    + " SET search_path = pg_catalog RETURN lower(s)");
            s.execute("COMMENT ON FUNCTION norm(text) IS 'normal form'");
            s.execute("CREATE INDEX orders_code_norm ON orders (norm(code))");
            s.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql"
                    + " AS $body$BEGIN NEW.updated_at := now(); RETURN NEW; END$body$");
            s.execute("CREATE PROCEDURE close_all() LANGUAGE sql SECURITY DEFINER"
                    + " AS $body$UPDATE orders SET status = 'closed'$body$");
            s.execute("CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()");
            s.execute("CREATE TRIGGER orders_status AFTER UPDATE OF status ON orders FOR EACH ROW"
                    + " WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION touch()");
            s.execute("ALTER TABLE orders DISABLE TRIGGER orders_status");
            s.execute("COMMENT ON TRIGGER orders_status ON orders IS 'off'");
            SchemaModel live = new PostgresInspector().inspect(c).model();
            assertEquals(List.of(), new DiffEngine().diff(live, normalized).changes());
        }
    }

    @Test
    void aBodyThatDoesNotParseNamesTheFunction() {
        NormalizationException e = assertThrows(NormalizationException.class, () -> normalizer.normalize(
                Schema.define(s -> s.function("broken", "", "integer", "plpgsql", "BEGIN RETURN 1 END"))));
        assertTrue(e.getMessage().contains("create function public.broken()"), e.getMessage());
    }
}
