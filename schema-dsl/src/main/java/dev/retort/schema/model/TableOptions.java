package dev.retort.schema.model;

import java.util.List;

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
}
