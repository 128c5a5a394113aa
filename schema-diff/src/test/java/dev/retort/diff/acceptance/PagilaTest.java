package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.inspect.UnmanagedObject;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.diff.normalize.TypePrelude;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.PartitionStrategy;
import dev.retort.schema.model.Grant;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableHierarchy;
import dev.retort.schema.model.UserDefinedType;
import dev.retort.schema.model.View;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public pagila schema: a real dump with partitions, views, routines, triggers and (managed) domains. */
class PagilaTest {

    // What pagila's views read that Retort does not manage yet: the aggregate (and the function it calls).
    private static final List<String> UNMANAGED = List.of(
            "CREATE FUNCTION public._group_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $_$"
                    + " SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END $_$",
            "CREATE AGGREGATE public.group_concat(text) (SFUNC = public._group_concat, STYPE = text)");

    /** The prelude pagila's declaration needs: {@code types}, then what its views read that is not managed. */
    static List<String> prelude(List<String> types) {
        List<String> all = new ArrayList<>(types);
        all.addAll(UNMANAGED);
        return all;
    }

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    @Test
    void inspectionReportsEveryUnmanagedObjectByName() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Pagila.load(c);
            Inspection seen = inspector.inspect(c);
            assertEquals(List.of("actor", "address", "category", "city", "country", "customer", "film", "film_actor",
                    "film_category", "inventory", "language", "payment", "payment_p2022_01", "payment_p2022_02",
                    "payment_p2022_03", "payment_p2022_04", "payment_p2022_05", "payment_p2022_06", "payment_p2022_07",
                    "rental", "staff", "store"),
                    seen.model().tables().stream().map(t -> t.name().name()).toList());
            // the partitioned payment table and its partitions are managed, not reported
            Table payment = seen.model().table(QualifiedName.of("public", "payment")).orElseThrow();
            assertEquals(new PartitionSpec(PartitionStrategy.RANGE, List.of("payment_date")), payment.hierarchy().partitionBy());
            assertEquals(List.of("payment_date", "payment_id"), payment.primaryKey().columns());
            Table january = seen.model().table(QualifiedName.of("public", "payment_p2022_01")).orElseThrow();
            assertEquals(new PartitionOf(payment.name(),
                    "FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00')"), january.hierarchy().partitionOf());
            assertEquals(List.of(), january.columns(), "a partition's columns are its parent's");
            assertEquals(null, january.primaryKey(), "the primary key is the parent's, cloned");
            assertEquals(List.of("idx_fk_payment_p2022_01_customer_id", "idx_fk_payment_p2022_01_staff_id",
                    "payment_p2022_01_customer_id_idx"), january.indexes().stream().map(Index::name).toList());
            assertEquals(3, january.foreignKeys().size(), "pagila declares its foreign keys on each partition");
            assertEquals(List.of(), names(seen, UnmanagedKind.PARTITIONED_TABLE));
            assertEquals(List.of(), names(seen, UnmanagedKind.PARTITION));
            assertEquals(List.of("actor_info", "customer_list", "film_list", "nicer_but_slower_film_list",
                    "sales_by_film_category", "sales_by_store", "staff_list"),
                    seen.model().objects(View.class).stream().map(v -> v.name().name()).toList());
            assertEquals(List.of("rental_by_category"),
                    seen.model().objects(MaterializedView.class).stream().map(v -> v.name().name()).toList());
            assertEquals(List.of(), names(seen, UnmanagedKind.VIEW), "views are managed");
            assertEquals(List.of(), names(seen, UnmanagedKind.DOMAIN));
            assertEquals(List.of(new Domain(QualifiedName.of("public", "bıgınt"), new BuiltinType("bigint"), null, false,
                            null, List.of(), null),
                    new Domain(QualifiedName.of("public", "year"), new BuiltinType("integer"), null, false, null,
                            List.of(new DomainCheck("year_check", "((VALUE >= 1901) AND (VALUE <= 2155))", false)), null)),
                    seen.model().objects(Domain.class), "pagila's domains are managed");
            // functions and triggers are managed; the aggregate and the function it calls stay unmanaged together
            assertEquals(List.of("_group_concat(text, text)", "group_concat(text)"), names(seen, UnmanagedKind.AGGREGATE));
            assertEquals(List.of("film_in_stock(p_film_id integer, p_store_id integer, OUT p_film_count integer)",
                    "film_not_in_stock(p_film_id integer, p_store_id integer, OUT p_film_count integer)",
                    "get_customer_balance(p_customer_id integer, p_effective_date timestamp with time zone)",
                    "inventory_held_by_customer(p_inventory_id integer)", "inventory_in_stock(p_inventory_id integer)",
                    "last_day(timestamp with time zone)", "last_updated()",
                    "rewards_report(min_monthly_purchases integer, min_dollar_amount_purchased numeric)"),
                    seen.model().objects(Routine.class).stream().map(r -> r.name().name() + "(" + r.identityArguments() + ")").toList());
            List<String> triggers = seen.model().objects(Trigger.class).stream()
                    .map(t -> t.table().name() + "." + t.name()).toList();
            assertEquals(15, triggers.size());
            assertTrue(triggers.contains("film.film_fulltext_trigger"), triggers.toString());
            assertTrue(triggers.contains("actor.last_updated"), triggers.toString());
            assertEquals(List.of(), names(seen, UnmanagedKind.FUNCTION));
            assertEquals(List.of(), names(seen, UnmanagedKind.TRIGGER));
            assertEquals("2 aggregates", seen.summary());
            assertEquals("[]", seen.details().toString());
            assertEquals(List.of(new Privileges(ObjectId.schema("public"), List.of(new Grant("PUBLIC", "CREATE", false)),
                    List.of())), seen.model().objects(Privileges.class), "pagila grants CREATE on public to everyone");
            Table film = seen.model().table(QualifiedName.of("public", "film")).orElseThrow();
            assertEquals(new UserDefinedType(QualifiedName.of("public", "year")),
                    film.column("release_year").orElseThrow().type());
            assertEquals(new BuiltinType("tsvector"), film.column("fulltext").orElseThrow().type());
        }
    }

    @Test
    void pagilaComparedWithItselfIsEmptyAsInspectedAndAsNormalized() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Pagila.load(c);
            SchemaModel first = inspector.inspect(c).model();
            SchemaModel second = inspector.inspect(c).model();
            assertEquals(first, second);
            assertTrue(engine.diff(first, second).isEmpty());
            assertEquals(List.of(), TypePrelude.read(c, first), "no type prelude: pagila's domains are declared");
            SchemaModel normalized = new Normalizer(TestDatabases.server()).withPrelude(prelude(List.of())).normalize(first);
            assertEquals(first, normalized);
            assertTrue(engine.diff(normalized, first).isEmpty());
        }
    }

    @Test
    void fromAnEmptyDatabaseThePlanBuildsPagilaAndItsDowngradeEmptiesIt() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); TestDatabase target = TestDatabases.fresh();
             Connection c = db.connect(); Connection t = target.connect()) {
            Pagila.load(c);
            SchemaModel pagila = inspector.inspect(c).model();
            // what Retort does not manage (the aggregate and its function) comes first, as a prelude would
            try (var s = t.createStatement()) {
                for (String sql : prelude(List.of())) {
                    s.execute(sql);
                }
            }
            SchemaModel empty = inspector.inspect(t).model();
            DiffResult result = engine.diff(empty, pagila);
            Apply.plan(t, result.upgrade());
            assertEquals(pagila, inspector.inspect(t).model(), result.upgradeSql());
            Apply.plan(t, result.downgrade());
            assertEquals(empty, inspector.inspect(t).model(), result.downgradeSql());
        }
    }

    @Test
    void editsApplyAndTheirDowngradeRestoresPagilaWhileUnmanagedObjectsStay() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Pagila.load(c);
            SchemaModel original = inspector.inspect(c).model();
            List<String> unmanagedBefore = CatalogSnapshot.unmanagedDefinitions(c);
            SchemaModel edited = new Normalizer(TestDatabases.server()).withPrelude(prelude(List.of())).normalize(edit(original));

            DiffResult result = engine.diff(original, edited);
            assertFalse(result.isEmpty());
            Apply.plan(c, result.upgrade());
            Inspection upgraded = inspector.inspect(c);
            assertEquals(edited, upgraded.model(), result.upgradeSql());
            assertTrue(engine.diff(upgraded.model(), edited).isEmpty());
            assertEquals(unmanagedBefore, CatalogSnapshot.unmanagedDefinitions(c));

            Apply.plan(c, result.downgrade());
            assertEquals(original, inspector.inspect(c).model(), result.downgradeSql());
            assertEquals(unmanagedBefore, CatalogSnapshot.unmanagedDefinitions(c));
        }
    }

    /**
     * Adds a column, a partial index and a foreign key, changes two indexes and a default, adds a check, a partition
     * of payment and an index on the partitioned table.
     */
    private static SchemaModel edit(SchemaModel pagila) {
        SchemaModel edited = change(pagila, "actor", t -> {
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(Column.of("nickname", new BuiltinType("varchar(40)")).withDefault("''"));
            return t.withColumns(columns).withIndexes(replace(t.indexes(), "idx_actor_last_name",
                    new Index("idx_actor_last_name", false, "btree",
                            List.of(IndexElement.column("last_name"), IndexElement.column("first_name")),
                            List.of(), null, false)));
        });
        edited = change(edited, "film", t -> {
            List<Index> indexes = replace(t.indexes(), "idx_title", new Index("idx_title", false, "btree",
                    List.of(IndexElement.expression("lower(title)").desc()), List.of(), "rating != 'NC-17'", false));
            indexes.add(new Index("ix_film_long", false, "btree", List.of(IndexElement.column("length")),
                    List.of("title"), "length > 120 AND rental_rate IN (0.99, 2.99)", false));
            List<CheckConstraint> checks = new ArrayList<>(t.checkConstraints());
            checks.add(new CheckConstraint("ck_film_length", "length > 0"));
            List<Column> columns = t.columns().stream()
                    .map(col -> col.name().equals("rental_duration") ? col.withDefault("5") : col).toList();
            return t.withColumns(columns).withIndexes(indexes).withCheckConstraints(checks);
        });
        // a new partition of the partitioned payment table and a partitioned index on it
        List<Table> tables = new ArrayList<>(edited.tables());
        tables.add(Table.named(QualifiedName.of("public", "payment_p2022_08")).withHierarchy(TableHierarchy.NONE
                .withPartitionOf(new PartitionOf(QualifiedName.of("public", "payment"),
                        "FOR VALUES FROM ('2022-08-01 01:00:00+01') TO ('2022-09-01 01:00:00+01')"))));
        edited = change(edited.withTables(tables), "payment", t -> t.withIndexes(List.of(new Index("ix_payment_amount",
                false, "btree", List.of(IndexElement.column("amount")), List.of(), null, false))));
        return change(edited, "store", t -> {
            List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
            keys.add(new ForeignKey("fk_store_manager_staff_id", List.of("manager_staff_id"),
                    QualifiedName.of("public", "staff"), List.of("staff_id"), ReferentialAction.RESTRICT,
                    ReferentialAction.CASCADE, true, false));
            return t.withForeignKeys(keys);
        });
    }

    private static SchemaModel change(SchemaModel model, String table, UnaryOperator<Table> edit) {
        return model.withTables(model.tables().stream()
                .map(t -> t.name().name().equals(table) ? edit.apply(t) : t).toList());
    }

    private static List<Index> replace(List<Index> indexes, String name, Index replacement) {
        List<Index> result = new ArrayList<>(indexes.stream().filter(i -> !i.name().equals(name)).toList());
        result.add(replacement);
        return result;
    }

    private static List<String> names(Inspection seen, UnmanagedKind kind) {
        return seen.unmanaged(kind).stream().map(UnmanagedObject::name).map(QualifiedName::name).toList();
    }
}
