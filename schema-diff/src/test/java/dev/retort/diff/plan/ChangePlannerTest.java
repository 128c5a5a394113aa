package dev.retort.diff.plan;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.change.*;
import dev.retort.diff.compare.SchemaDiffer;
import dev.retort.diff.render.PostgresSqlRenderer;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangePlannerTest {

    private final ChangePlanner planner = new ChangePlanner(new PostgresSqlRenderer());
    private final SchemaDiffer differ = new SchemaDiffer();

    private static ForeignKey fk(String name, String column, String table) {
        return new ForeignKey(name, List.of(column), name(table), List.of("id"), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, false, false);
    }

    /** a -> b -> a, and c -> c: the foreign keys come after every table. */
    private static SchemaModel cycle() {
        Table a = table("a", required("id", BIGINT), column("b_id", BIGINT)).withPrimaryKey(new PrimaryKey("pk_a", List.of("id")))
                .withForeignKeys(List.of(fk("fk_a_b", "b_id", "b")));
        Table b = table("b", required("id", BIGINT), column("a_id", BIGINT)).withPrimaryKey(new PrimaryKey("pk_b", List.of("id")))
                .withForeignKeys(List.of(fk("fk_b_a", "a_id", "a")));
        Table c = table("c", required("id", BIGINT), column("parent_id", BIGINT)).withPrimaryKey(new PrimaryKey("pk_c", List.of("id")))
                .withForeignKeys(List.of(fk("fk_c_parent", "parent_id", "c")))
                .withIndexes(List.of(new Index("ix_c_parent", false, "btree", List.of(IndexElement.column("parent_id")), List.of(), null, false)));
        return model(a, b, c);
    }

    private static List<String> kinds(MigrationPlan plan) {
        return plan.statements().stream().map(s -> s.source().getClass().getSimpleName()).toList();
    }

    @Test
    void foreignKeysOfCyclesComeAfterAllTables() {
        MigrationPlan plan = planner.plan(differ.diff(model(), cycle()));
        assertEquals(List.of("CreateTable", "CreateTable", "CreateTable", "CreateIndex",
                "AddForeignKey", "AddForeignKey", "AddForeignKey"), kinds(plan));
    }

    @Test
    void dropsForeignKeysBeforeTablesAndTypesAfterThem() {
        EnumType mood = enumType("mood", "a");
        SchemaModel from = cycle().withEnums(List.of(mood)).withTables(new ArrayList<>(cycle().tables()) {{
            add(table("d", column("m", type(mood))));
        }});
        MigrationPlan plan = planner.plan(differ.diff(from, model()));
        assertEquals(List.of("DropForeignKey", "DropForeignKey", "DropForeignKey", "DropIndex",
                "DropTable", "DropTable", "DropTable", "DropTable", "DropEnum"), kinds(plan));
    }

    @Test
    void followsTheDependencyOrderAcrossKinds() {
        List<SchemaChange> shuffled = new ArrayList<>(dev.retort.diff.change.SampleChanges.all());
        List<SchemaChange> ordered = planner.order(shuffled);
        List<String> kinds = ordered.stream().map(c -> c.getClass().getSimpleName()).toList();
        assertBefore(kinds, "DropForeignKey", "DropIndex");
        assertBefore(kinds, "DropIndex", "DropCheckConstraint");
        assertBefore(kinds, "DropPrimaryKey", "DropColumn");
        assertBefore(kinds, "DropColumn", "DropTable");
        assertBefore(kinds, "DropTable", "RenameColumn");
        assertBefore(kinds, "RenameColumn", "RenameTable");
        assertBefore(kinds, "RenameTable", "CreateSchema");
        assertBefore(kinds, "CreateSchema", "CreateEnum");
        assertBefore(kinds, "CreateEnum", "CreateSequence");
        assertBefore(kinds, "CreateSequence", "CreateTable");
        assertBefore(kinds, "CreateTable", "AddColumn");
        assertBefore(kinds, "AddColumn", "AlterColumnType");
        assertBefore(kinds, "AlterColumnType", "AddCheckConstraint");
        assertBefore(kinds, "AddUniqueConstraint", "CreateIndex");
        assertBefore(kinds, "CreateIndex", "AddForeignKey");
        assertBefore(kinds, "AddForeignKey", "DropSequence");
        assertBefore(kinds, "DropSequence", "DropEnum");
        assertBefore(kinds, "DropEnum", "DropSchema");
    }

    @Test
    void looseningAlterationsRunBeforeTypeChangesAndTighteningAfter() {
        Column a = required("a", INT).withDefault("1");
        Column b = column("a", BIGINT).withIdentity(dev.retort.schema.model.IdentityGeneration.ALWAYS).withNullable(false);
        List<SchemaChange> changes = differ.diff(model(table("t", a.withNullable(true))), model(table("t", b)));
        List<String> sql = planner.plan(changes).statements().stream().map(PlannedStatement::sql).toList();
        assertEquals(List.of(
                "ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT",
                "ALTER TABLE public.t ALTER COLUMN a TYPE bigint USING a::bigint",
                "ALTER TABLE public.t ALTER COLUMN a SET NOT NULL",
                "ALTER TABLE public.t ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence('public.t', 'a'), COALESCE(MAX(a), 0) + 1, false) FROM public.t"), sql);
    }

    @Test
    void samePlanTwiceAndForShuffledInput() {
        List<SchemaChange> changes = new ArrayList<>(differ.diff(model(), cycle()));
        changes.addAll(dev.retort.diff.change.SampleChanges.all());
        MigrationPlan first = planner.plan(changes);
        assertEquals(first, planner.plan(changes));
        for (int seed = 0; seed < 5; seed++) {
            List<SchemaChange> shuffled = new ArrayList<>(changes);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(first, planner.plan(shuffled));
        }
        List<Table> tables = new ArrayList<>(cycle().tables());
        Collections.reverse(tables);
        assertEquals(planner.plan(differ.diff(model(), cycle())),
                planner.plan(differ.diff(model(), model(tables.toArray(Table[]::new)))));
    }

    @Test
    void labelsHazards() {
        Column a = column("a", new dev.retort.schema.model.BuiltinType("character varying(20)"));
        SchemaModel from = model(table("t", a, column("gone", TEXT)));
        SchemaModel to = model(table("t", a.withType(new dev.retort.schema.model.BuiltinType("character varying(10)")))
                .withIndexes(List.of(new Index("ix", false, "btree", List.of(IndexElement.column("a")), List.of(), null, false))));
        MigrationPlan plan = planner.plan(differ.diff(from, to));
        assertEquals(Set.of(Hazard.DELETES_DATA, Hazard.ACCESS_EXCLUSIVE_LOCK), hazardsOf(plan, "DROP COLUMN"));
        assertEquals(Set.of(Hazard.DELETES_DATA, Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.TABLE_REWRITE, Hazard.FULL_TABLE_SCAN),
                hazardsOf(plan, " TYPE "));
        assertEquals(Set.of(Hazard.INDEX_BUILD, Hazard.SHARE_LOCK), hazardsOf(plan, "CREATE INDEX"));
        assertTrue(plan.isDestructive());

        MigrationPlan widening = planner.plan(differ.diff(model(table("t", a)),
                model(table("t", a.withType(new dev.retort.schema.model.BuiltinType("character varying(30)"))))));
        assertEquals(Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK), hazardsOf(widening, " TYPE "));
        assertFalse(widening.isDestructive());
    }

    @Test
    void enumLabelAdditionIsNotTransactionalAndItsDowngradeIsIrreversible() {
        EnumType mood = enumType("mood", "a", "c");
        var result = new DiffEngine().diff(model().withEnums(List.of(mood)), model().withEnums(List.of(enumType("mood", "a", "b", "c"))));
        PlannedStatement add = result.upgrade().statements().get(0);
        assertEquals("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'b' AFTER 'a'", add.sql());
        assertFalse(add.transactional());
        assertEquals(Set.of(Hazard.NOT_TRANSACTIONAL), add.hazards());
        assertFalse(result.isDestructive());
        assertTrue(result.downgrade().isDestructive());
        assertTrue(result.downgrade().hazards().contains(Hazard.IRREVERSIBLE));
    }

    private static Set<Hazard> hazardsOf(MigrationPlan plan, String fragment) {
        return plan.statements().stream().filter(s -> s.sql().contains(fragment)).findFirst().orElseThrow().hazards();
    }

    private static void assertBefore(List<String> kinds, String first, String second) {
        assertTrue(kinds.lastIndexOf(first) < kinds.indexOf(second), first + " should come before " + second + ": " + kinds);
    }
}
