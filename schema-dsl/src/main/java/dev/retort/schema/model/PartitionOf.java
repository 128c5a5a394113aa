package dev.retort.schema.model;

import java.util.Objects;

/**
 * PartitionOf says that a table is a partition of {@code parent}, holding the rows of {@code bound}, which is kept as
 * {@code pg_get_expr(relpartbound, oid)} prints it ({@code FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')},
 * {@code FOR VALUES IN ('eu')}, {@code FOR VALUES WITH (modulus 4, remainder 0)} or {@code DEFAULT}), so that two
 * bounds compare exactly once normalized.
 *
 * <pre>{@code
 * new PartitionOf(QualifiedName.of("public", "measurement"), "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
 * }</pre>
 */
public record PartitionOf(QualifiedName parent, String bound) {

    public PartitionOf {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(bound, "bound");
        bound = bound.strip();
        if (bound.isEmpty()) {
            throw new IllegalArgumentException("partition of " + parent + " needs a bound: FOR VALUES ... or DEFAULT");
        }
    }
}
