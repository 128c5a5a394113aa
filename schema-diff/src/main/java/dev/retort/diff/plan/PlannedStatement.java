package dev.retort.diff.plan;

import dev.retort.diff.change.SchemaChange;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * PlannedStatement is one SQL statement of a plan (without the trailing semicolon), the change it comes from,
 * its hazards, and whether it may run inside the migration's transaction.
 *
 * <pre>{@code
 * new PlannedStatement("ALTER TABLE public.users DROP COLUMN email", dropEmail,
 *         Set.of(Hazard.DELETES_DATA, Hazard.ACCESS_EXCLUSIVE_LOCK), true);
 * }</pre>
 */
public record PlannedStatement(String sql, SchemaChange source, Set<Hazard> hazards, boolean transactional) {

    public PlannedStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(source, "source");
        // an EnumSet copy keeps the hazards in declaration order, so scripts print them deterministically
        hazards = hazards.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hazards));
    }

    public boolean has(Hazard hazard) {
        return hazards.contains(hazard);
    }
}
