package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * UniqueConstraint is a {@code UNIQUE} table constraint; with {@code nullsNotDistinct} two NULLs collide
 * (PostgreSQL 15 and later). It may have {@code INCLUDE} columns, be deferrable and carry a comment.
 *
 * <pre>{@code
 * UniqueConstraint uq = new UniqueConstraint("uq_tags_user_id_name", List.of("user_id", "name"), false);
 * UniqueConstraint deferred = uq.withDeferrable(true, true);
 * }</pre>
 *
 * @param include           non-key columns of the backing index ({@code INCLUDE (...)}), empty for none
 * @param deferrable        {@code DEFERRABLE}; implied by {@code initiallyDeferred}
 * @param initiallyDeferred {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit
 * @param comment           {@code COMMENT ON CONSTRAINT}, or null
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, List<String> include,
                               boolean deferrable, boolean initiallyDeferred, String comment) implements TableConstraint {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        include = include == null ? List.of() : List.copyOf(include);
        deferrable = deferrable || initiallyDeferred;
    }

    /** A unique constraint without INCLUDE columns, not deferrable, without comment. */
    public UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {
        this(name, columns, nullsNotDistinct, List.of(), false, false, null);
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, nullsNotDistinct, include, deferrable, initiallyDeferred, comment);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, nullsNotDistinct, include, deferrable, initiallyDeferred, comment);
    }

    public UniqueConstraint withInclude(List<String> newInclude) {
        return new UniqueConstraint(name, columns, nullsNotDistinct, newInclude, deferrable, initiallyDeferred, comment);
    }

    /** Deferrability: {@code (false, false)} NOT DEFERRABLE, {@code (true, false)} DEFERRABLE INITIALLY IMMEDIATE. */
    public UniqueConstraint withDeferrable(boolean newDeferrable, boolean newInitiallyDeferred) {
        return new UniqueConstraint(name, columns, nullsNotDistinct, include, newDeferrable, newInitiallyDeferred, comment);
    }

    @Override
    public UniqueConstraint withComment(String newComment) {
        return new UniqueConstraint(name, columns, nullsNotDistinct, include, deferrable, initiallyDeferred, newComment);
    }
}
