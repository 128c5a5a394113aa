package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * PartitionSpec is a table's {@code PARTITION BY}: the strategy and the key, one entry per key part, each a column
 * name or an expression (with its collation or operator class, if any) as {@code pg_get_partkeydef} prints it.
 *
 * <pre>{@code
 * new PartitionSpec(PartitionStrategy.RANGE, List.of("logdate"));          // PARTITION BY RANGE (logdate)
 * new PartitionSpec(PartitionStrategy.LIST, List.of("lower(region)"));     // PARTITION BY LIST (lower(region))
 * }</pre>
 */
public record PartitionSpec(PartitionStrategy strategy, List<String> keys) {

    public PartitionSpec {
        Objects.requireNonNull(strategy, "strategy");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("PARTITION BY " + strategy + " needs at least one key column or expression");
        }
    }

    /** The clause as PostgreSQL prints it: {@code RANGE (logdate)}. */
    public String sql() {
        return strategy + " (" + String.join(", ", keys) + ")";
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PartitionSpec other
                && Objects.equals(strategy, other.strategy)
                && Objects.equals(keys, other.keys);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(strategy);
        h = 31 * h + Objects.hashCode(keys);
        return h;
    }
}
