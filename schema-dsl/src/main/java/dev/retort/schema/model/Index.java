package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * Index is a secondary index on a table: unique or not, with its access method, key parts, INCLUDE columns
 * and an optional partial-index predicate.
 *
 * <p>Indexes that back a primary key or a unique constraint are part of that constraint, not Index values.
 * {@code method} is lower case ({@code btree}, {@code hash}, {@code gin}, {@code gist}, {@code brin},
 * {@code spgist}); {@code predicate} is null for a full index.
 *
 * <pre>{@code
 * Index live = new Index("ix_journal_entries_user_id_created_at", false, "btree",
 *         List.of(IndexElement.column("user_id"), IndexElement.column("created_at").desc()),
 *         List.of(), "deleted_at IS NULL", false);
 * }</pre>
 */
public record Index(
        String name,
        boolean unique,
        String method,
        List<IndexElement> elements,
        List<String> include,
        String predicate,
        boolean nullsNotDistinct) {

    public Index {
        Objects.requireNonNull(name, "name");
        method = method == null ? "btree" : method;
        elements = List.copyOf(elements);
        include = include == null ? List.of() : List.copyOf(include);
    }
}
