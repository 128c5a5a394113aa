package dev.retort.diff.normalize;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.View;
import dev.retort.schema.model.ViewColumn;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.retort.schema.dsl.Types.bool;
import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Declared views are compared as the server prints them, whatever their spelling and declaration order. */
class NormalizerViewTest {

    private final Normalizer normalizer = new Normalizer(TestDatabases.server());

    private static SchemaModel declaration() {
        return Schema.define(s -> {
            s.table("users", t -> {
                t.column("id", integer()).primaryKey();
                t.column("email", text());
                t.column("active", bool());
            });
            // a view on a view declared before it: the declaration carries no dependencies
            s.view("a_emails", "select EMAIL from Active_Users;").comment("addresses");
            s.view("active_users", "SELECT id, email   FROM users WHERE active = TRUE AND id IN (1, 2)")
                    .securityBarrier().columnComment("email", "as typed");
            s.materializedView("counts", "select count(*) as n from users").uniqueIndex("counts_n", "(n)");
        });
    }

    @Test
    void aLooselySpelledDeclarationMatchesTheDatabaseBuiltByHand() throws Exception {
        SchemaModel normalized = normalizer.normalize(declaration());
        View active = normalized.objects(View.class).stream().filter(v -> v.name().name().equals("active_users"))
                .findFirst().orElseThrow();
        assertEquals(List.of(new ViewColumn("id", "integer"), new ViewColumn("email", "text")), active.columns());
        assertTrue(active.query().contains("FROM public.users"), active.query());
        assertEquals("USING btree (n)", normalized.objects(MaterializedView.class).get(0).indexes().get(0).definition());
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id integer CONSTRAINT pk_users PRIMARY KEY, email text, active boolean)");
            s.execute("CREATE VIEW active_users WITH (security_barrier) AS SELECT id, email FROM users"
                    + " WHERE active = true AND id = ANY (ARRAY[1, 2])");
            s.execute("COMMENT ON COLUMN active_users.email IS 'as typed'");
            s.execute("CREATE VIEW a_emails AS SELECT email FROM active_users");
            s.execute("COMMENT ON VIEW a_emails IS 'addresses'");
            s.execute("CREATE MATERIALIZED VIEW counts AS SELECT count(*) AS n FROM users");
            s.execute("CREATE UNIQUE INDEX counts_n ON counts (n)");
            SchemaModel live = new PostgresInspector().inspect(c).model();
            assertEquals(List.of(), new DiffEngine().diff(live, normalized).changes());
            assertEquals(live, normalized);
        }
    }

    @Test
    void aViewOnSomethingMissingNamesTheViewAndTheError() {
        NormalizationException e = assertThrows(NormalizationException.class, () -> normalizer.normalize(
                Schema.define(s -> s.view("orphans", "SELECT id FROM nowhere"))));
        assertTrue(e.getMessage().contains("create view public.orphans failed"), e.getMessage());
        assertTrue(e.getMessage().contains("relation \"nowhere\" does not exist"), e.getMessage());
    }
}
