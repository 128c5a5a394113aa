package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * TableOptions are a table's storage settings: {@code UNLOGGED}, storage parameters ({@code fillfactor=70},
 * {@code autovacuum_enabled=false}, as PostgreSQL prints them, sorted) and replica identity ({@code FULL} or
 * {@code NOTHING}; null for the default, the primary key).
 *
 * <pre>{@code
 * TableOptions options = TableOptions.DEFAULT.withUnlogged(true).withStorageParameters(List.of("fillfactor=70"));
 * }</pre>
 */
public record TableOptions(boolean unlogged, List<String> storageParameters, String replicaIdentity) {

    /** A logged table without storage parameters and with the default replica identity. */
    public static final TableOptions DEFAULT = new TableOptions(false, List.of(), null);

    public TableOptions {
        storageParameters = storageParameters == null ? List.of() : storageParameters.stream().sorted().toList();
        if (replicaIdentity != null && !replicaIdentity.equals("FULL") && !replicaIdentity.equals("NOTHING")) {
            throw new IllegalArgumentException("replica identity is FULL, NOTHING or null (the default), not "
                    + replicaIdentity);
        }
    }

    public TableOptions withUnlogged(boolean newUnlogged) {
        return new TableOptions(newUnlogged, storageParameters, replicaIdentity);
    }

    public TableOptions withStorageParameters(List<String> parameters) {
        return new TableOptions(unlogged, parameters, replicaIdentity);
    }

    public TableOptions withReplicaIdentity(String identity) {
        return new TableOptions(unlogged, storageParameters, identity);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TableOptions other
                && unlogged == other.unlogged
                && Objects.equals(storageParameters, other.storageParameters)
                && Objects.equals(replicaIdentity, other.replicaIdentity);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Boolean.hashCode(unlogged);
        h = 31 * h + Objects.hashCode(storageParameters);
        h = 31 * h + Objects.hashCode(replicaIdentity);
        return h;
    }
}
