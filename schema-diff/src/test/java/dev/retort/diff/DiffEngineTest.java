package dev.retort.diff;

import dev.retort.diff.change.CreateSchema;
import dev.retort.diff.change.CreateTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffEngineTest {

    private final DiffEngine engine = new DiffEngine();

    @Test
    void equalModelsGiveAnEmptyResult() {
        SchemaModel m = model(table("t", column("a", INT)));
        DiffResult result = engine.diff(m, m);
        assertTrue(result.isEmpty());
        assertTrue(result.upgrade().isEmpty());
        assertTrue(result.downgrade().isEmpty());
        assertFalse(result.isDestructive());
        assertEquals("-- Retort migration: upgrade\n-- No changes: the schemas are equal.\n", result.upgradeSql());
    }

    @Test
    void downgradeIsThePlannedReversedInverses() {
        SchemaModel a = model(table("t", column("a", INT)));
        SchemaModel b = model(table("t", column("a", BIGINT), column("b", TEXT)), table("u", column("x", INT)));
        DiffResult forward = engine.diff(a, b);
        DiffResult backward = engine.diff(b, a);
        // the derived downgrade does what diffing the other way would do
        assertEquals(backward.upgrade().sql(), forward.downgrade().sql());
        List<SchemaChange> inverses = DiffEngine.inverses(forward.changes());
        assertEquals(forward.changes().size(), inverses.size());
        assertEquals(forward.changes().get(0), inverses.get(inverses.size() - 1).inverse());
    }

    @Test
    void createAllCreatesSchemasTablesAndTheRest() {
        Table items = table("app.items", column("id", INT));
        SchemaModel model = model(table("t", column("a", INT)), items).withSchemas(List.of("public", "app"));
        MigrationPlan plan = engine.createAll(model);
        List<SchemaChange> sources = plan.statements().stream().map(s -> s.source()).distinct().toList();
        assertEquals(List.of(new CreateSchema("app"), new CreateTable(items), new CreateTable(table("t", column("a", INT)))), sources);
        assertFalse(plan.isDestructive());
    }
}
