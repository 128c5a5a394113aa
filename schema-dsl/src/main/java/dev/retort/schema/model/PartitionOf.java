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

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PartitionOf other
                && Objects.equals(parent, other.parent)
                && Objects.equals(bound, other.bound);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(parent);
        h = 31 * h + Objects.hashCode(bound);
        return h;
    }
}
