package dev.retort.schema.dsl;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.text;
import static dev.retort.schema.dsl.Types.timestamptz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Functions, procedures and triggers in the DSL: the statements they declare, the problems named, their Java source. */
class RoutineDeclarationTest {

    @TempDir
    Path dir;

    @Test
    void aFunctionByItsPartsIsTheCreateStatement() {
        SchemaModel model = Schema.define(s -> {
            s.function("add", "a integer, b integer", "integer", "sql", "SELECT a + b").immutable().strict()
                    .set("search_path", "public").comment("adds");
            s.inSchema("app").procedure("tidy", "", "sql", "BEGIN ATOMIC DELETE FROM app.log; END").securityDefiner();
        });
        Routine add = (Routine) model.object(ObjectId.routine(ObjectKind.FUNCTION, QualifiedName.of("public", "add"),
                "a integer, b integer")).orElseThrow();
        assertEquals("CREATE FUNCTION public.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT"
                + " SET search_path = public\nAS $body$SELECT a + b$body$", add.definition());
        assertEquals("adds", add.comment());
        Routine tidy = model.objects(Routine.class).stream().filter(Routine::isProcedure).findFirst().orElseThrow();
        assertEquals("CREATE PROCEDURE app.tidy() LANGUAGE sql SECURITY DEFINER\nBEGIN ATOMIC DELETE FROM app.log; END",
                tidy.definition());
        assertTrue(tidy.atomicBody());
    }

    @Test
    void aBodyHoldingTheDollarTagGetsAnotherTag() {
        SchemaModel model = Schema.define(s -> s.function("f", "", "text", "sql", "SELECT '$body$'::text"));
        assertTrue(model.objects(Routine.class).get(0).definition().endsWith("AS $body1$SELECT '$body$'::text$body1$"));
    }

    @Test
    void aTriggerByItsPartsIsTheCreateStatement() {
        SchemaModel model = Schema.define(s -> {
            TableRef orders = s.table("orders", t -> {
                t.column("id", integer());
                t.column("status", text());
                t.column("updated_at", timestamptz());
            });
            s.trigger("orders_touch", orders).before("INSERT OR UPDATE").forEachRow().execute("touch()");
            s.trigger("orders_status", orders).after("UPDATE OF status").forEachRow()
                    .when("OLD.status IS DISTINCT FROM NEW.status").execute("notify()").disabled();
            s.trigger("orders_check", orders).after("INSERT").constraint().initiallyDeferred().forEachRow()
                    .execute("check_order()");
            s.trigger("orders_audit", "orders").after("UPDATE").referencing("NEW TABLE AS changed")
                    .forEachStatement().execute("audit('orders')").comment("audits");
        });
        List<Trigger> triggers = model.objects(Trigger.class);
        QualifiedName orders = QualifiedName.of("public", "orders");
        assertEquals(List.of(
                new Trigger(orders, "orders_audit", "CREATE TRIGGER orders_audit AFTER UPDATE ON public.orders"
                        + " REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION audit('orders')",
                        false, TriggerEnabled.ORIGIN, "audits"),
                new Trigger(orders, "orders_check", "CREATE CONSTRAINT TRIGGER orders_check AFTER INSERT ON public.orders"
                        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_order()",
                        true, TriggerEnabled.ORIGIN, null),
                new Trigger(orders, "orders_status", "CREATE TRIGGER orders_status AFTER UPDATE OF status ON public.orders"
                        + " FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION notify()",
                        false, TriggerEnabled.DISABLED, null),
                new Trigger(orders, "orders_touch", "CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON public.orders"
                        + " FOR EACH ROW EXECUTE FUNCTION touch()", false, TriggerEnabled.ORIGIN, null)), triggers);
    }

    @Test
    void incompleteDeclarationsNameWhatIsMissing() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.function("f", "x integer", "", "sql", "SELECT 1");
            s.function("g", "", "integer", "sql", " ");
            s.function("h", "").definition("SELECT 1");
            s.function("k", "", "integer", "sql", "SELECT 1").definition("CREATE FUNCTION k() ...");
            s.procedure("p", "", "sql", "SELECT 1");
            s.procedure("p", "", "sql", "SELECT 2");
            s.trigger("t1", "orders").forEachRow();
            s.trigger("t2", "orders").after("INSERT").deferrable().execute("f()");
            s.trigger("t3", "orders").before("INSERT").initiallyDeferred().execute("f()").definition("CREATE TRIGGER t3 ...");
        }));
        String message = e.getMessage();
        assertTrue(message.contains("function public.f(x integer): the result type is empty"), message);
        assertTrue(message.contains("function public.g(): the body is empty"), message);
        assertTrue(message.contains("function public.h(): definition(...) is the whole CREATE FUNCTION statement"), message);
        assertTrue(message.contains("function public.k(): give either definition(...) or the parts"), message);
        assertTrue(message.contains("procedure public.p(): declared twice"), message);
        assertTrue(message.contains("trigger t1 on public.orders: say when it fires"), message);
        assertTrue(message.contains("trigger t1 on public.orders: say what it runs"), message);
        assertTrue(message.contains("trigger t3 on public.orders: give either definition(...) or the parts"), message);
    }

    @Test
    void writtenSourceDeclaresRoutinesAndTriggersAgain() throws Exception {
        SchemaModel model = Schema.define(s -> {
            TableRef orders = s.table("orders", t -> t.column("id", integer()));
            s.function("touch", "").definition("CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n"
                    + " LANGUAGE plpgsql\nAS $function$BEGIN RETURN NEW; END$function$").comment("it's a trigger");
            s.inSchema("app").procedure("tidy", "IN days integer").definition("CREATE OR REPLACE PROCEDURE"
                    + " app.tidy(IN days integer)\n LANGUAGE sql\nAS $procedure$SELECT days$procedure$");
            s.trigger("orders_touch", orders).definition("CREATE TRIGGER orders_touch BEFORE INSERT ON public.orders"
                    + " FOR EACH ROW EXECUTE FUNCTION public.touch()").enabled(TriggerEnabled.REPLICA).comment("touches");
        });
        String source = JavaSourceWriter.write(model, "com.example", "WithRoutines");
        assertTrue(source.contains("s.trigger(\"orders_touch\", \"orders\").definition("), source);
        assertTrue(source.contains("s.inSchema(\"app\").procedure(\"tidy\", \"IN days integer\").definition("), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "WithRoutines", dir));
    }
}
