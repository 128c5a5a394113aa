package dev.retort.schema.dsl;

import dev.retort.schema.model.Grant;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RowSecurity;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row-level security, policies and grants in the DSL: the model they build, the problems named, their Java source. */
class SecurityDeclarationTest {

    private static final QualifiedName DOCS = QualifiedName.of("public", "docs");

    @TempDir
    Path dir;

    @Test
    void rowLevelSecurityAndPoliciesBecomeTheirRecords() {
        SchemaModel model = Schema.define(s -> {
            TableRef docs = s.table("docs", t -> {
                t.column("id", integer());
                t.column("tenant", integer());
            });
            s.rowLevelSecurity(docs).force();
            s.policy("tenant_isolation", docs).to("app_user", "admin")
                    .using("tenant = current_setting('app.tenant')::int").withCheck("tenant > 0");
            s.policy("no_deletes", docs).forCommand("delete").restrictive().using("false").comment("never");
        });
        assertEquals(List.of(new RowSecurity(DOCS, true, true)), model.objects(RowSecurity.class));
        assertEquals(List.of(
                new Policy(DOCS, "no_deletes", "DELETE", false, List.of("PUBLIC"), "false", null, "never"),
                new Policy(DOCS, "tenant_isolation", "ALL", true, List.of("admin", "app_user"),
                        "tenant = current_setting('app.tenant')::int", "tenant > 0", null)),
                model.objects(Policy.class));
    }

    @Test
    void grantsOnOneObjectAddUpAndColumnsAreEachTheirOwn() {
        SchemaModel model = Schema.define(s -> {
            TableRef docs = s.table("docs", t -> {
                t.column("id", integer());
                t.column("body", text());
            });
            s.grant("SELECT", "insert").onTable(docs).to("app_user");
            s.grant("DELETE").onTable(docs).to("admin").withGrantOption();
            s.grant("UPDATE").onColumns(docs, "id", "body").to("public");
            s.grant("USAGE").onSchema("public").to("app_user");
            s.grant("EXECUTE").onFunction("add", "integer, integer").to("app_user");
            s.revokeDefault("EXECUTE").onFunction("purge", "").fromPublic();
        });
        ObjectId table = ObjectId.table(DOCS);
        assertEquals(new Privileges(table, List.of(new Grant("admin", "DELETE", true), new Grant("app_user", "INSERT", false),
                new Grant("app_user", "SELECT", false)), List.of()), model.object(ObjectId.privileges(table)).orElseThrow());
        assertEquals(new Privileges(ObjectId.column(DOCS, "body"), List.of(new Grant("PUBLIC", "UPDATE", false)), List.of()),
                model.object(ObjectId.privileges(ObjectId.column(DOCS, "body"))).orElseThrow());
        ObjectId purge = ObjectId.routine(ObjectKind.FUNCTION, QualifiedName.of("public", "purge"), "");
        assertEquals(new Privileges(purge, List.of(), List.of(new Grant("PUBLIC", "EXECUTE", false))),
                model.object(ObjectId.privileges(purge)).orElseThrow());
        assertEquals(6, model.objects(Privileges.class).size(), model.objects().toString());
    }

    @Test
    void grantsOnViewsAndMaterializedViewsTakeATablesPrivileges() {
        SchemaModel model = Schema.define(s -> {
            s.table("docs", t -> t.column("id", integer()));
            s.view("docs_v", "SELECT id FROM docs");
            s.materializedView("docs_mv", "SELECT id FROM docs");
            s.grant("SELECT", "UPDATE").onView("docs_v").to("app_user");
            s.grant("SELECT").onMaterializedView("docs_mv").to("admin").withGrantOption();
        });
        ObjectId view = ObjectId.of(ObjectKind.VIEW, QualifiedName.of("public", "docs_v"));
        assertEquals(new Privileges(view, List.of(new Grant("app_user", "SELECT", false), new Grant("app_user", "UPDATE", false)),
                List.of()), model.object(ObjectId.privileges(view)).orElseThrow());
        ObjectId materialized = ObjectId.of(ObjectKind.MATERIALIZED_VIEW, QualifiedName.of("public", "docs_mv"));
        assertEquals(new Privileges(materialized, List.of(new Grant("admin", "SELECT", true)), List.of()),
                model.object(ObjectId.privileges(materialized)).orElseThrow());
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s ->
                s.grant("EXECUTE").onView("docs_v").to("app_user")));
        assertTrue(e.getMessage().contains("EXECUTE does not apply to a view"), e.getMessage());
    }

    @Test
    void mistakesAreNamedWithTheirFix() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            TableRef docs = s.table("docs", t -> t.column("id", integer()));
            s.policy("p", docs).forCommand("MERGE").using("true");
            s.policy("q", docs).forCommand("SELECT").withCheck("true");
            s.policy("r", docs).forCommand("INSERT").using("true");
            s.grant("EXECUTE").onTable(docs).to("app_user");
            s.grant("SELECT").onTable(docs);
            s.grant("ALL").onTable(docs).to("app_user");
            s.grant("SELECT").onTable(docs).to("PUBLIC").withGrantOption();
            s.revokeDefault("SELECT").onTable(docs).fromPublic();
        }));
        String message = e.getMessage();
        assertTrue(message.contains("policy p on table public.docs: unknown command \"MERGE\""), message);
        assertTrue(message.contains("policy q on table public.docs: a SELECT policy has no WITH CHECK"), message);
        assertTrue(message.contains("policy r on table public.docs: an INSERT policy has no USING"), message);
        assertTrue(message.contains("grant(EXECUTE) on table public.docs: EXECUTE does not apply to a table"), message);
        assertTrue(message.contains("grant(SELECT): to whom? add to(\"role\")"), message);
        assertTrue(message.contains("name the privileges one by one instead of ALL"), message);
        assertTrue(message.contains("PUBLIC cannot get a grant option"), message);
        assertTrue(message.contains("PUBLIC has no default privileges there to revoke"), message);
    }

    @Test
    void writtenSourceDeclaresThemAgain() throws Exception {
        SchemaModel model = Schema.define(s -> {
            TableRef docs = s.table("docs", t -> {
                t.column("id", integer());
                t.column("body", text());
            });
            s.rowLevelSecurity(docs);
            s.policy("own", docs).forCommand("UPDATE").to("app_user").using("id > 0").withCheck("body <> ''");
            s.grant("SELECT", "INSERT").onTable(docs).to("app_user", "reporting");
            s.grant("UPDATE").onTable(docs).to("admin").withGrantOption();
            s.grant("UPDATE").onColumns(docs, "body").to("app_user");
            s.grant("USAGE").onType("mood").to("app_user");
            s.revokeDefault("EXECUTE").onProcedure("purge", "integer").fromPublic();
            s.inSchema("app").grant("USAGE", "CREATE").onSchema("app").to("admin");
            s.view("docs_v", "SELECT id, body FROM docs");
            s.materializedView("docs_mv", "SELECT id FROM docs");
            s.grant("SELECT").onView("docs_v").to("reporting");
            s.grant("UPDATE").onColumns("docs_v", "body").to("app_user");
            s.grant("SELECT").onMaterializedView("docs_mv").to("reporting").withGrantOption();
        });
        String source = JavaSourceWriter.write(model, "com.example", "WithSecurity");
        assertTrue(source.contains("s.grant(\"SELECT\").onView(\"docs_v\").to(\"reporting\")"), source);
        assertTrue(source.contains("s.grant(\"SELECT\").onMaterializedView(\"docs_mv\").to(\"reporting\").withGrantOption()"),
                source);
        assertTrue(source.contains("s.policy(\"own\", \"docs\").forCommand(\"UPDATE\").to(\"app_user\")"), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "WithSecurity", dir));
    }
}
