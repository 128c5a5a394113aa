package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * One edit per object kind on pagila, made by hand-written DDL on a copy: the plan of {@code diff(pagila, edited)}
 * gives the edited catalog, and its derived downgrade gives pagila back, exactly.
 */
class CorpusEditsTest {

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    record Edit(String name, List<String> ddl) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Edit> edits() {
        return Stream.of(
                new Edit("replace a view's query", List.of("CREATE OR REPLACE VIEW public.staff_list AS"
                        + " SELECT s.staff_id AS id, (s.first_name || ' ') || s.last_name AS name, a.address,"
                        + " a.postal_code AS \"zip code\", a.phone, city.city, country.country, s.store_id AS sid,"
                        + " s.email FROM public.staff s JOIN public.address a ON s.address_id = a.address_id"
                        + " JOIN public.city ON a.city_id = city.city_id"
                        + " JOIN public.country ON city.country_id = country.country_id")),
                new Edit("rewrite a view's query", List.of("DROP VIEW public.sales_by_store",
                        "CREATE VIEW public.sales_by_store AS SELECT s.store_id AS store, sum(p.amount) AS total_sales"
                                + " FROM public.payment p JOIN public.rental r ON p.rental_id = r.rental_id"
                                + " JOIN public.inventory i ON r.inventory_id = i.inventory_id"
                                + " JOIN public.store s ON i.store_id = s.store_id GROUP BY s.store_id")),
                new Edit("change a function body", List.of("CREATE OR REPLACE FUNCTION public.last_day(timestamp with time zone)"
                        + " RETURNS date LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (date_trunc('month', $1)"
                        + " + interval '1 month' - interval '1 day')::date $$")),
                new Edit("add a trigger", List.of("CREATE TRIGGER last_updated BEFORE UPDATE ON public.payment_p2022_01"
                        + " FOR EACH ROW EXECUTE FUNCTION public.last_updated()")),
                new Edit("add a policy", List.of("ALTER TABLE public.customer ENABLE ROW LEVEL SECURITY",
                        "CREATE POLICY active_only ON public.customer FOR SELECT USING (activebool)")),
                new Edit("grant to a role", List.of(
                        "DO $$BEGIN CREATE ROLE corpus_reader; EXCEPTION WHEN duplicate_object THEN NULL; END$$",
                        "GRANT SELECT ON public.actor, public.film TO corpus_reader",
                        "GRANT UPDATE (email) ON public.customer TO corpus_reader")),
                // both views that read address.postal_code come back around the type change, as they were
                new Edit("retype a column two views read", List.of("DO $$DECLARE"
                        + " c text := pg_catalog.pg_get_viewdef('public.customer_list'::regclass);"
                        + " s text := pg_catalog.pg_get_viewdef('public.staff_list'::regclass);"
                        + " BEGIN DROP VIEW public.customer_list; DROP VIEW public.staff_list;"
                        + " ALTER TABLE public.address ALTER COLUMN postal_code TYPE varchar(20);"
                        + " EXECUTE 'CREATE VIEW public.customer_list AS ' || c;"
                        + " EXECUTE 'CREATE VIEW public.staff_list AS ' || s; END$$")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theEditAppliesAndItsDowngradeRestoresPagila(Edit edit) throws Exception {
        try (TestDatabase a = TestDatabases.fresh(); TestDatabase b = TestDatabases.fresh();
             Connection ca = a.connect(); Connection cb = b.connect()) {
            Pagila.load(ca);
            Pagila.load(cb);
            try (Statement s = cb.createStatement()) {
                for (String sql : edit.ddl()) {
                    s.execute(sql);
                }
            }
            SchemaModel original = inspector.inspect(ca).model();
            Inspection edited = inspector.inspect(cb);
            DiffResult result = engine.diff(original, edited.model());
            assertFalse(result.isEmpty(), "the edit is a difference");
            Apply.plan(ca, result.upgrade());
            assertEquals(List.of(), engine.diff(inspector.inspect(ca).model(), edited.model()).changes(),
                    () -> "after the upgrade:\n" + result.upgradeSql());
            Apply.plan(ca, result.downgrade());
            assertEquals(List.of(), engine.diff(inspector.inspect(ca).model(), original).changes(),
                    () -> "after the downgrade:\n" + result.downgradeSql());
            assertEquals(original, inspector.inspect(ca).model(), "pagila exactly");
        }
    }
}
