package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.MaterializedViewIndex;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views and materialized views in the DSL: their options, the problems named, and their Java source. */
class ViewDeclarationTest {

    @TempDir
    Path dir;

    @Test
    void aViewHoldsItsQueryOptionsAndComments() {
        SchemaModel model = Schema.define(s -> {
            s.table("users", t -> {
                t.column("id", integer()).primaryKey();
                t.column("email", text());
            });
            s.view("active_users", "  SELECT id, email FROM users;  ").securityBarrier().securityInvoker()
                    .checkOption(CheckOption.CASCADED).comment("seen lately").columnComment("email", "as typed")
                    .columnComment("id", null);
        });
        assertEquals(List.of(new View(QualifiedName.of("public", "active_users"), "SELECT id, email FROM users",
                List.of(), true, true, CheckOption.CASCADED, "seen lately", Map.of("email", "as typed"))),
                model.objects(View.class));
    }

    @Test
    void aMaterializedViewHoldsItsIndexesSortedAndItsDataOption() {
        SchemaModel model = Schema.define(s -> s.inSchema("reports")
                .materializedView("daily", "SELECT 1 AS day").withNoData()
                .index("daily_total", " USING btree (day DESC) ").uniqueIndex("daily_day", "(day)").comment("per day")
                .with("FillFactor", 80).with("autovacuum_enabled", false));
        MaterializedView daily = model.objects(MaterializedView.class).get(0);
        assertEquals(QualifiedName.of("reports", "daily"), daily.name());
        assertEquals(List.of(new MaterializedViewIndex("daily_day", true, "(day)"),
                new MaterializedViewIndex("daily_total", false, "USING btree (day DESC)")), daily.indexes());
        assertEquals(false, daily.withData());
        assertEquals(List.of("autovacuum_enabled=false", "fillfactor=80"), daily.storageParameters());
        assertTrue(model.schemas().contains("reports"), model.schemas().toString());
    }

    @Test
    void problemsNameTheViewAndTheFix() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.view("empty", " ; ");
            s.view("twice", "SELECT 1");
            s.view("twice", "SELECT 2");
            s.view("x".repeat(64), "SELECT 1");
            s.materializedView("mv", "SELECT 1 AS a").index("mv_a", "(a)").uniqueIndex("mv_a", "(a)").index("mv_b", " ");
        }));
        String message = e.getMessage();
        assertTrue(message.contains("view public.empty: the query is empty"), message);
        assertTrue(message.contains("view public.twice: declared twice"), message);
        assertTrue(message.contains("is 64 bytes; PostgreSQL keeps only 63"), message);
        assertTrue(message.contains("materialized view public.mv: index mv_a is declared twice"), message);
        assertTrue(message.contains("materialized view public.mv: index mv_b has no definition"), message);
    }

    @Test
    void writtenSourceDeclaresTheViewsAgain() throws Exception {
        SchemaModel model = Schema.define(s -> {
            s.table("t", t -> t.column("name", text()));
            s.view("names", "SELECT name\n   FROM public.t").securityBarrier().checkOption(CheckOption.LOCAL)
                    .comment("it's \"quoted\"").columnComment("name", "the name");
            s.inSchema("app").materializedView("counts", "SELECT count(*) AS n FROM public.t").withNoData()
                    .uniqueIndex("counts_n", "USING btree (n)").comment("how many").with("fillfactor", 90);
        });
        String source = JavaSourceWriter.write(model, "com.example", "WithViews");
        assertTrue(source.contains("s.view(\"names\", \"SELECT name\\n   FROM public.t\").securityBarrier()"), source);
        assertTrue(source.contains(".with(\"fillfactor\", \"90\")"), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "WithViews", dir));
    }
}
