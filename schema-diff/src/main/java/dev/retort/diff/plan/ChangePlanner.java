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

    private final SqlRenderer renderer;

    public ChangePlanner(SqlRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The changes in execution order. */
    public List<SchemaChange> order(List<SchemaChange> changes) {
        // the sort keys are computed once per change, not once per comparison
        return changes.stream().map(Keyed::new).sorted(KEYED).map(Keyed::change).toList();
    }

    private record Keyed(SchemaChange change, int phase, String description) {
        Keyed(SchemaChange change) {
            this(change, PlanPhase.of(change), change.describe());
        }
    }

    // the full text breaks the rare ties of equal descriptions; it is computed only for those
    private static final Comparator<Keyed> KEYED = Comparator.comparingInt(Keyed::phase)
            .thenComparing(Keyed::description)
            .thenComparing((a, b) -> a.change().toString().compareTo(b.change().toString()));

    /** The statements that perform {@code changes}, in dependency order, each with its hazards. */
    public MigrationPlan plan(List<SchemaChange> changes) {
        List<PlannedStatement> statements = new ArrayList<>();
        for (SchemaChange change : order(changes)) {
            for (SqlStatement sql : renderer.render(change)) {
                statements.add(PlannedStatement.of(sql, change));
            }
        }
        return new MigrationPlan(statements);
    }
}
