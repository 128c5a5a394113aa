package dev.retort.runner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.HazardNote;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.diff.unmanaged.UnmanagedDifference;

/**
 * DiffJson turns what a comparison found into the values {@link Json} writes, for {@code diff --format json} and
 * {@code check --format json}: the changes with their hazards, the statements of a plan in run order, and the
 * differences in what Retort does not manage.
 *
 * <pre>{@code
 * DiffJson.changes(result.upgrade(), result.changes());
 * // [{"change":"add column public.users.email","hazards":["ACCESS_EXCLUSIVE_LOCK"]}]
 * }</pre>
 */
final class DiffJson {

    private DiffJson() {
    }

    /**
     * One entry per change, in the order the plan performs them (as the script's header lists them), with the
     * hazards of all its statements; a change of {@code changes} that no statement performs comes last, without
     * hazards.
     */
    static List<Object> changes(MigrationPlan plan, List<SchemaChange> changes) {
        Map<SchemaChange, List<Hazard>> hazards = new LinkedHashMap<>();
        for (PlannedStatement s : plan.statements()) {
            List<Hazard> of = hazards.computeIfAbsent(s.source(), c -> new ArrayList<>());
            s.hazards().stream().filter(h -> !of.contains(h)).forEach(of::add);
        }
        changes.forEach(c -> hazards.putIfAbsent(c, List.of()));
        List<Object> out = new ArrayList<>();
        hazards.forEach((change, hs) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", change.describe());
            m.put("hazards", hs.stream().sorted().map(Enum::name).toList());
            out.add(m);
        });
        return out;
    }

    /** The plan's statements in run order: SQL without the semicolon, its change, transaction mode and hazards. */
    static List<Object> statements(MigrationPlan plan) {
        List<Object> out = new ArrayList<>();
        for (PlannedStatement s : plan.statements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sql", s.sql());
            m.put("change", s.source().describe());
            m.put("transactional", s.transactional());
            m.put("hazards", s.notes().stream().map(DiffJson::hazard).toList());
            out.add(m);
        }
        return out;
    }

    /**
     * What a comparison found, as {@code check} and {@code diff --exit-code} exit: {@code "equal"} (0),
     * {@code "differences"} a migration can make (1), {@code "unmanaged differences"} (3: some are in what Retort
     * does not manage, and no migration it writes covers them).
     */
    static String outcome(DiffResult result) {
        if (result.hasUnmanagedDifferences()) {
            return "unmanaged differences";
        }
        return result.changes().isEmpty() ? "equal" : "differences";
    }

    /** The hazards of the whole plan, each once. */
    static List<String> hazards(MigrationPlan plan) {
        return plan.hazards().stream().map(Enum::name).toList();
    }

    /** Each difference outside Retort's model: its subject, which side has it, both values, and the line text says. */
    static List<Object> unmanaged(List<UnmanagedDifference> differences) {
        List<Object> out = new ArrayList<>();
        for (UnmanagedDifference u : differences) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", u.subject());
            m.put("side", switch (u.side()) {
                case ONLY_IN_FROM -> "only in from";
                case ONLY_IN_TO -> "only in to";
                case DIFFERS -> "differs";
            });
            m.put("from", u.from());
            m.put("to", u.to());
            m.put("description", u.describe());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> hazard(HazardNote note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hazard", note.hazard().name());
        m.put("message", note.message());
        return m;
    }
}
