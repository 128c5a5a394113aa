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

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MaterializedViewIndex other
                && Objects.equals(name, other.name)
                && unique == other.unique
                && Objects.equals(definition, other.definition);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Boolean.hashCode(unique);
        h = 31 * h + Objects.hashCode(definition);
        return h;
    }
}
