package dev.retort.vibes.entity;

import jakarta.persistence.EnumeratedValue;

/**
 * OpaqueSessionState is the state of an OPAQUE login: started (KE1/KE2 exchanged), established (KE3 verified),
 * or over; it maps the PostgreSQL enum type {@code opaque_session_state}, whose labels are the lower-case
 * {@link #label()} values (Hibernate writes the {@link EnumeratedValue} field, not the constant name).
 *
 * <pre>{@code
 * OpaqueSessionState.INITIATED.label();   // "initiated"
 * }</pre>
 */
public enum OpaqueSessionState {
    INITIATED("initiated"),
    ESTABLISHED("established"),
    EXPIRED("expired"),
    REVOKED("revoked");

    /** The name of the PostgreSQL enum type this maps. */
    public static final String SQL_TYPE = "opaque_session_state";

    @EnumeratedValue
    private final String label;

    OpaqueSessionState(String label) {
        this.label = label;
    }

    /** The PostgreSQL enum label. */
    public String label() {
        return label;
    }
}
