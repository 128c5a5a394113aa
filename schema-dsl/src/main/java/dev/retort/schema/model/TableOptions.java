package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * TableOptions are a table's storage settings: {@code UNLOGGED}, storage parameters ({@code fillfactor=70},
 * {@code autovacuum_enabled=false}, as PostgreSQL prints them, sorted) and replica identity ({@code FULL},
 * {@code NOTHING} or {@code USING INDEX} with {@code replicaIdentityIndex} naming one of the table's indexes, a key's
 * included; null for the default, the primary key).
 *
 * <pre>{@code
 * TableOptions options = TableOptions.DEFAULT.withUnlogged(true).withStorageParameters(List.of("fillfactor=70"));
 * TableOptions byIndex = TableOptions.DEFAULT.withReplicaIdentityIndex("uq_orders_number");
 * }</pre>
 *
 * @param replicaIdentityIndex the index of {@code REPLICA IDENTITY USING INDEX}, null for any other replica identity
 */
public record TableOptions(boolean unlogged, List<String> storageParameters, String replicaIdentity,
                           String replicaIdentityIndex) {

    /** The replica identity whose index is {@link #replicaIdentityIndex()}. */
    public static final String USING_INDEX = "USING INDEX";

    /** A logged table without storage parameters and with the default replica identity. */
    public static final TableOptions DEFAULT = new TableOptions(false, List.of(), null);

    public TableOptions {
        storageParameters = storageParameters == null ? List.of() : storageParameters.stream().sorted().toList();
        if (replicaIdentity != null && !replicaIdentity.equals("FULL") && !replicaIdentity.equals("NOTHING")
                && !replicaIdentity.equals(USING_INDEX)) {
            throw new IllegalArgumentException("replica identity is FULL, NOTHING, USING INDEX or null (the default),"
                    + " not " + replicaIdentity);
        }
        if (USING_INDEX.equals(replicaIdentity) != (replicaIdentityIndex != null)) {
            throw new IllegalArgumentException("replica identity USING INDEX names its index, and no other does");
        }
    }

    /** Options whose replica identity is not by an index. */
    public TableOptions(boolean unlogged, List<String> storageParameters, String replicaIdentity) {
        this(unlogged, storageParameters, replicaIdentity, null);
    }

    public TableOptions withUnlogged(boolean newUnlogged) {
        return new TableOptions(newUnlogged, storageParameters, replicaIdentity, replicaIdentityIndex);
    }

    public TableOptions withStorageParameters(List<String> parameters) {
        return new TableOptions(unlogged, parameters, replicaIdentity, replicaIdentityIndex);
    }

    /** This with replica identity {@code FULL}, {@code NOTHING} or null (the default). */
    public TableOptions withReplicaIdentity(String identity) {
        return new TableOptions(unlogged, storageParameters, identity, null);
    }

    /** This with {@code REPLICA IDENTITY USING INDEX index}. */
    public TableOptions withReplicaIdentityIndex(String index) {
        Objects.requireNonNull(index, "index");
        return new TableOptions(unlogged, storageParameters, USING_INDEX, index);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TableOptions other
                && unlogged == other.unlogged
                && Objects.equals(storageParameters, other.storageParameters)
                && Objects.equals(replicaIdentity, other.replicaIdentity)
                && Objects.equals(replicaIdentityIndex, other.replicaIdentityIndex);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Boolean.hashCode(unlogged);
        h = 31 * h + Objects.hashCode(storageParameters);
        h = 31 * h + Objects.hashCode(replicaIdentity);
        h = 31 * h + Objects.hashCode(replicaIdentityIndex);
        return h;
    }
}
