package dev.retort.runner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.diff.render.ScriptWriter;

/**
 * RevisionParts cuts a generated change into migrations Flyway can run: statements that may share a transaction
 * stay together; each statement that cannot (CREATE INDEX CONCURRENTLY, a VALIDATE CONSTRAINT that must commit
 * apart from the ADD ... NOT VALID before it, …) becomes a migration of its own,
 * rendered rerunnable by its typed change ({@code IF NOT EXISTS} / {@code IF EXISTS}) so that an upgrade
 * interrupted inside it resumes by running it again. Each part's downgrade undoes exactly that part.
 *
 * <pre>{@code
 * for (RevisionParts.Part part : RevisionParts.of(diff, "add tags")) { ... part.upgradeSql() ... }
 * }</pre>
 */
public final class RevisionParts {

    /**
     * Part is one migration of a revision.
     *
     * @param upgradeSql    the upgrade script (without the parent header)
     * @param downgradeSql  its downgrade script
     * @param transactional whether it runs in one transaction
     */
    public record Part(String upgradeSql, String downgradeSql, boolean transactional) {
    }

    private RevisionParts() {
    }

    public static List<Part> of(DiffResult diff, String message) {
        ScriptWriter writer = new ScriptWriter(ScriptWriter.Mode.FLYWAY, diff.unmanagedNotes());
        if (diff.upgrade().isTransactional() && diff.downgrade().isTransactional()) {
            return List.of(new Part(writer.write(message, diff.upgrade()).sql(),
                    writer.write("downgrade of " + message, diff.downgrade()).sql(), true));
        }
        List<List<PlannedStatement>> runs = new ArrayList<>();
        for (PlannedStatement s : diff.upgrade().statements()) {
            // each statement that cannot share a transaction is a migration of its own: it commits on its own (a
            // VALIDATE after its ADD ... NOT VALID), an interrupted one reruns alone, and no file mixes both kinds
            if (runs.isEmpty() || !s.transactional() || !runs.get(runs.size() - 1).get(0).transactional()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(s);
        }
        List<Part> parts = new ArrayList<>();
        for (List<PlannedStatement> run : runs) {
            Set<SchemaChange> changes = new LinkedHashSet<>();
            run.forEach(s -> changes.add(s.source()));
            MigrationPlan up = new MigrationPlan(run);
            MigrationPlan down = downgradeOf(diff, changes);
            String label = message + (runs.size() > 1 ? " (part " + (parts.size() + 1) + " of " + runs.size() + ")" : "");
            parts.add(new Part(writer.write(label, up).sql(), writer.write("downgrade of " + label, down).sql(),
                    up.isTransactional()));
        }
        return parts;
    }

    /**
     * The statements of the whole downgrade that undo {@code changes}, in the whole downgrade's order (which the
     * planner derived with the dependencies of both models).
     */
    private static MigrationPlan downgradeOf(DiffResult diff, Set<SchemaChange> changes) {
        Set<SchemaChange> inverses = new HashSet<>();
        changes.forEach(c -> inverses.add(c.inverse()));
        return new MigrationPlan(diff.downgrade().statements().stream().filter(s -> inverses.contains(s.source())).toList());
    }
}
