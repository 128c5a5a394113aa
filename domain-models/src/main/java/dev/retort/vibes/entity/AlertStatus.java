package dev.retort.vibes.entity;

import jakarta.persistence.EnumeratedValue;

/**
 * AlertStatus is where an alert or security alert is in triage; it maps the PostgreSQL enum type {@code
 * alert_status}, whose labels are the lower-case
 * {@link #label()} values (Hibernate writes the {@link EnumeratedValue} field, not the constant name).
 *
 * <pre>{@code
 * AlertStatus.OPEN.label();   // "open"
 * }</pre>
 */
public enum AlertStatus {
    OPEN("open"),
    ACKNOWLEDGED("acknowledged"),
    RESOLVED("resolved");

    /** The name of the PostgreSQL enum type this maps. */
    public static final String SQL_TYPE = "alert_status";

    @EnumeratedValue
    private final String label;

    AlertStatus(String label) {
        this.label = label;
    }

    /** The PostgreSQL enum label. */
    public String label() {
        return label;
    }
}
