package dev.retort.diff.plan;

import dev.retort.diff.change.SchemaChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * ChangePlanner orders changes by dependency (see {@link PlanPhase}) and renders each into statements labelled with
 * their hazards. The order is deterministic: the same set of changes gives the same plan whatever order they come
 * in.
 *
 * <pre>{@code
 * MigrationPlan up = new ChangePlanner(new PostgresSqlRenderer()).plan(changes);
 * MigrationPlan down = planner.plan(changes.stream().map(SchemaChange::inverse).toList());
 * }</pre>
 */
public final class ChangePlanner {

    private static final Comparator<SchemaChange> ORDER = Comparator
            .comparingInt(PlanPhase::of)
            .thenComparing(SchemaChange::describe)
            .thenComparing(SchemaChange::toString);

    private final SqlRenderer renderer;

    public ChangePlanner(SqlRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The changes in execution order. */
    public List<SchemaChange> order(List<SchemaChange> changes) {
        return changes.stream().sorted(ORDER).toList();
    }

    /** The statements that perform {@code changes}, in dependency order, each with its hazards. */
    public MigrationPlan plan(List<SchemaChange> changes) {
        List<PlannedStatement> statements = new ArrayList<>();
        for (SchemaChange change : order(changes)) {
            for (String sql : renderer.render(change)) {
                statements.add(new PlannedStatement(sql, change, HazardClassifier.classify(change, sql),
                        HazardClassifier.isTransactional(sql)));
            }
        }
        return new MigrationPlan(statements);
    }
}
