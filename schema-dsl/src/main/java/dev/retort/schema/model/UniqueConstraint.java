package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * UniqueConstraint is a {@code UNIQUE} table constraint; with {@code nullsNotDistinct} two NULLs collide
 * (PostgreSQL 15 and later).
 *
 * <pre>{@code
 * UniqueConstraint uq = new UniqueConstraint("uq_tags_user_id_name", List.of("user_id", "name"), false);
 * }</pre>
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
