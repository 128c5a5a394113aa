package dev.retort.diff.plan;

import dev.retort.diff.change.RenameColumn;
import dev.retort.diff.change.RenameTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * ChangePlanner orders changes as a graph (see {@link ChangeGraph}) and renders each into statements with their
 * hazards. The order is deterministic: the same set of changes gives the same plan whatever order they come in.
 *
 * <p>It is given the dependencies of the models before and after the changes: what depends on an object that is
 * dropped, recreated or retyped is dropped before it and created again after it, and a statement that takes away
 * something an unmanaged object (a view, a trigger ...) uses carries {@link Hazard#HAS_UNTRACKABLE_DEPENDENCIES}
 * naming it. The downgrade is planned from the inverses with the two swapped. Without dependencies (models built in
 * memory) the changes run in the order of their {@link PlanPhase}s.
 *
 * <pre>{@code
 * ChangePlanner planner = new ChangePlanner(new PostgresSqlRenderer());
 * MigrationPlan up = planner.plan(changes, from.dependencies(), to.dependencies());
 * MigrationPlan down = planner.plan(DiffEngine.inverses(changes), to.dependencies(), from.dependencies());
 * }</pre>
 */
public final class ChangePlanner {

    private final SqlRenderer renderer;

    public ChangePlanner(SqlRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The changes in execution order, without dependencies (phase order). */
    public List<SchemaChange> order(List<SchemaChange> changes) {
        return order(changes, Dependencies.none(), Dependencies.none());
    }

    /** The changes in execution order, given the dependencies before and after them. */
    public List<SchemaChange> order(List<SchemaChange> changes, Dependencies before, Dependencies after) {
        return ChangeGraph.order(changes, before, after);
    }

    /** The statements that perform {@code changes}, without dependencies (phase order). */
    public MigrationPlan plan(List<SchemaChange> changes) {
        return plan(changes, Dependencies.none(), Dependencies.none());
    }

    /** The statements that perform {@code changes}, in dependency order, each with its hazards. */
    public MigrationPlan plan(List<SchemaChange> changes, Dependencies before, Dependencies after) {
        return planInOrder(order(changes, before, after), before);
    }

    /**
     * The statements of {@code ordered}, taken in the order given (already planned, e.g. lock-safe steps kept beside
     * the change they replace), each with its hazards and the unmanaged dependents {@code before} names.
     */
    public MigrationPlan planInOrder(List<SchemaChange> ordered, Dependencies before) {
        List<PlannedStatement> statements = new ArrayList<>();
        for (SchemaChange change : ordered) {
            List<HazardNote> untracked = untracked(change, before);
            for (SqlStatement sql : renderer.render(change)) {
                PlannedStatement statement = PlannedStatement.of(sql, change);
                for (HazardNote note : untracked) {
                    statement = statement.with(note);
                }
                statements.add(statement);
            }
        }
        return new MigrationPlan(statements);
    }

    /** Unmanaged objects that use what {@code change} takes away (or a member of a table it drops). */
    private static List<HazardNote> untracked(SchemaChange change, Dependencies before) {
        Set<String> dependents = new TreeSet<>();
        // a rename keeps what uses the object: PostgreSQL follows it
        if (change instanceof RenameTable || change instanceof RenameColumn) {
            return List.of();
        }
        for (ObjectId removed : change.footprint().removes()) {
            before.dependentsOf(removed).stream().filter(d -> d.kind() == ObjectKind.UNMANAGED)
                    .forEach(d -> dependents.add(d + " uses " + removed));
            if (removed.kind() == ObjectKind.TABLE) {
                before.edges().stream()
                        .filter(e -> e.dependent().kind() == ObjectKind.UNMANAGED && removed.name().equals(e.referenced().table()))
                        .forEach(e -> dependents.add(e.dependent() + " uses " + e.referenced()));
            }
        }
        return dependents.stream().map(d -> new HazardNote(Hazard.HAS_UNTRACKABLE_DEPENDENCIES,
                d + ", which Retort does not manage: the statement fails or drops it")).toList();
    }
}
