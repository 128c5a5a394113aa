package dev.retort.schema.model;

import java.util.Objects;

/**
 * IndexCopy is a partition's part of one of its parent's partitioned indexes (a plain index, or the index of a primary
 * key, unique or exclusion constraint): the name of the partition's index attached to it, or none where nothing is
 * attached yet (the parent's index was built {@code ON ONLY} and is invalid until every partition's is attached).
 * PostgreSQL names a copy it makes itself ({@code <partition>_<columns>_idx}, {@code <partition>_pkey}); a copy
 * attached by hand, or renamed, keeps its own name, and that name is part of the schema.
 *
 * <pre>{@code
 * new IndexCopy("measurement_city_idx", "measurement_y2026_city_idx");   // attached
 * new IndexCopy("measurement_city_idx", null);                          // not attached: the parent's is invalid
 * }</pre>
 *
 * @param parentIndex the parent's index, by name (a key's index has the key's name)
 * @param name        the partition's attached index, null when none is attached
 */
public record IndexCopy(String parentIndex, String name) {

    public IndexCopy {
        Objects.requireNonNull(parentIndex, "parentIndex");
    }

    /**
     * True for a name of the form PostgreSQL gives the copies it makes on {@code partition}: {@code <partition>_},
     * then anything, then {@code _idx}, {@code _key}, {@code _pkey} or {@code _excl}, maybe with a number after it
     * (where the name was taken). The parts between are the index's column names, or for an expression what
     * PostgreSQL figures its name to be, which only the server can tell: this is the test where it cannot be predicted.
     */
    public boolean namedAsPostgresMakes(String partition) {
        if (name == null || !name.startsWith(partition + "_")) {
            return false;
        }
        int end = name.length();
        while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
            end--;
        }
        String stem = name.substring(0, end);
        return stem.endsWith("_idx") || stem.endsWith("_key") || stem.endsWith("_pkey") || stem.endsWith("_excl");
    }

    /** True when a partition index is attached to the parent's. */
    public boolean attached() {
        return name != null;
    }
}
