package dev.retort.diff.plan;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.*;
import dev.retort.diff.render.PostgresSqlRenderer;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.Dependency;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's graph, with dependencies given by hand (the inspector reads them from the catalog). */
class ChangeGraphTest {

    private static final QualifiedName T = name("t");
    private final ChangePlanner planner = new ChangePlanner(new PostgresSqlRenderer());

    private static List<String> kinds(List<SchemaChange> changes) {
        return changes.stream().map(c -> c.getClass().getSimpleName()).toList();
    }

    @Test
    void aCheckThatUsesARecreatedEnumIsDroppedBeforeAndAddedAfterBothWays() {
        EnumType mood = enumType("mood", "sad", "ok", "happy");
        CheckConstraint check = new CheckConstraint("ck_m", "(m <> 'sad'::public.mood)");
        Dependencies uses = Dependencies.of(List.of(
                new Dependency(ObjectId.constraint(T, "ck_m"), ObjectId.type(mood.name())),
                new Dependency(ObjectId.constraint(T, "ck_m"), ObjectId.column(T, "m"))));
        Table t = table("t", column("m", type(mood))).withCheckConstraints(List.of(check));
        SchemaModel from = model(t).withEnums(List.of(mood)).withDependencies(uses);
        SchemaModel to = model(t).withEnums(List.of(enumType("mood", "sad", "happy"))).withDependencies(uses);
        DiffResult result = new DiffEngine().diff(from, to);
        assertEquals(List.of("DropCheckConstraint", "AlterEnum", "AddCheckConstraint"),
                result.upgrade().statements().stream().map(s -> s.source().getClass().getSimpleName()).distinct().toList());
        assertEquals(List.of("DropCheckConstraint", "AlterEnum", "AddCheckConstraint"),
                result.downgrade().statements().stream().map(s -> s.source().getClass().getSimpleName()).distinct().toList());
        // without dependencies nothing says the check uses the type: it stays (and PostgreSQL would refuse the plan)
        assertEquals(List.of("AlterEnum"), kinds(new DiffEngine().diff(from.withDependencies(Dependencies.none()),
                to.withDependencies(Dependencies.none())).changes()));
    }

    @Test
    void dependenciesOrderChangesWhereTheTieBreakWouldNot() {
        // the generated column z reads a; both are dropped: z goes first although "a" sorts before "z"
        Column a = column("a", INT);
        Column z = column("z", INT).withGenerated("(a * 2)");
        Dependencies reads = Dependencies.of(List.of(new Dependency(ObjectId.column(T, "z"), ObjectId.column(T, "a"))));
        List<SchemaChange> drops = List.of(new DropColumn(T, a), new DropColumn(T, z));
        assertEquals(List.of(new DropColumn(T, z), new DropColumn(T, a)), planner.order(drops, reads, Dependencies.none()));
        assertEquals(List.of(new DropColumn(T, a), new DropColumn(T, z)), planner.order(drops));
        // and the downgrade adds a before z
        List<SchemaChange> adds = List.of(new AddColumn(T, z), new AddColumn(T, a));
        assertEquals(List.of(new AddColumn(T, a), new AddColumn(T, z)), planner.order(adds, Dependencies.none(), reads));
    }

    @Test
    void aCycleDoesNotStopThePlan() {
        Column a = column("a", INT);
        Column b = column("b", INT);
        Dependencies cycle = Dependencies.of(List.of(new Dependency(ObjectId.column(T, "a"), ObjectId.column(T, "b")),
                new Dependency(ObjectId.column(T, "b"), ObjectId.column(T, "a"))));
        List<SchemaChange> order = planner.order(List.of(new DropColumn(T, b), new DropColumn(T, a)), cycle, Dependencies.none());
        assertEquals(2, order.size());
    }

    @Test
    void aStatementThatTakesAwayWhatAnUnmanagedViewUsesSaysSo() {
        Dependencies view = Dependencies.of(List.of(new Dependency(ObjectId.unmanaged("public", "view public.v"),
                ObjectId.column(T, "a"))));
        MigrationPlan plan = planner.plan(List.of(new DropColumn(T, column("a", INT))), view, Dependencies.none());
        PlannedStatement drop = plan.statements().get(0);
        assertTrue(drop.has(Hazard.HAS_UNTRACKABLE_DEPENDENCIES));
        assertTrue(drop.notes().stream().anyMatch(n -> n.message().startsWith("view public.v uses column public.t.a")),
                drop.notes()::toString);
        MigrationPlan dropTable = planner.plan(List.of(new DropTable(table("t", column("a", INT)))), view, Dependencies.none());
        assertTrue(dropTable.statements().get(0).has(Hazard.HAS_UNTRACKABLE_DEPENDENCIES));
        MigrationPlan rename = planner.plan(List.of(new RenameColumn(T, "a", T, "b")), view, Dependencies.none());
        assertTrue(!rename.statements().get(0).has(Hazard.HAS_UNTRACKABLE_DEPENDENCIES), "a view follows a rename");
    }

    @Test
    void modelsAreEqualWhateverDependenciesTheyWereReadWith() {
        Dependencies some = Dependencies.of(List.of(new Dependency(ObjectId.column(T, "a"), ObjectId.type(name("mood")))));
        SchemaModel plain = model(table("t", column("a", INT)));
        assertEquals(plain, plain.withDependencies(some));
        assertEquals(plain.hashCode(), plain.withDependencies(some).hashCode());
        assertEquals(some, plain.withDependencies(some).withTables(plain.tables()).dependencies());
    }
}
