package dev.retort.schema.model;

import java.util.Objects;

/**
 * MaterializedViewIndex is an index of a materialized view: its name, whether it is unique (REFRESH MATERIALIZED
 * VIEW CONCURRENTLY needs a unique index without a predicate) and what follows {@code ON <view>} in its
 * {@code CREATE INDEX}, as {@code pg_get_indexdef} prints it once normalized.
 *
 * <pre>{@code
 * new MaterializedViewIndex("rental_category", true, "USING btree (category)");
 * }</pre>
 *
 * @param name       the index name (in the view's schema)
 * @param unique     true for a unique index
 * @param definition method, keys and options: {@code USING btree (category) WHERE (total > 0)}, or just
 *                   {@code (category)} in a declaration
 */
public record MaterializedViewIndex(String name, boolean unique, String definition) {

    public MaterializedViewIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
