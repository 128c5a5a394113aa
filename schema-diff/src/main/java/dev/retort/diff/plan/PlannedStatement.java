package dev.retort.diff.plan;

import dev.retort.diff.change.SchemaChange;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * PlannedStatement is one SQL statement of a plan (without the trailing semicolon), the change it comes from,
 * its hazards (each with a message), and whether it may run inside the migration's transaction.
 *
 * <pre>{@code
 * new PlannedStatement("ALTER TABLE public.users DROP COLUMN email", dropEmail,
 *         Set.of(Hazard.DELETES_DATA, Hazard.ACCESS_EXCLUSIVE_LOCK), true);
 * }</pre>
 */
public record PlannedStatement(String sql, SchemaChange source, List<HazardNote> notes, boolean transactional) {

    public PlannedStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(source, "source");
        // sorted by hazard, so scripts print them deterministically
        notes = notes.stream().distinct().sorted().toList();
    }

    /** A statement whose hazards carry their general explanations as messages. */
    public PlannedStatement(String sql, SchemaChange source, Set<Hazard> hazards, boolean transactional) {
        this(sql, source, hazards.stream().map(HazardNote::of).toList(), transactional);
    }

    /** The statement {@code rendered} for {@code source}. */
    public static PlannedStatement of(SqlStatement rendered, SchemaChange source) {
        return new PlannedStatement(rendered.sql(), source, rendered.notes(), rendered.transactional());
    }

    /** The hazards, in declaration order. */
    public Set<Hazard> hazards() {
        Set<Hazard> all = EnumSet.noneOf(Hazard.class);
        notes.forEach(n -> all.add(n.hazard()));
        return all;
    }

    public boolean has(Hazard hazard) {
        return notes.stream().anyMatch(n -> n.hazard() == hazard);
    }

    /** This statement with other SQL (e.g. a rerunnable form of the same statement), hazards and mode kept. */
    public PlannedStatement withSql(String otherSql) {
        return new PlannedStatement(otherSql, source, notes, transactional);
    }

    /** This statement with one more hazard. */
    public PlannedStatement with(HazardNote note) {
        List<HazardNote> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new PlannedStatement(sql, source, more, transactional);
    }
}
