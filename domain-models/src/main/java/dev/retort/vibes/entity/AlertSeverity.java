package dev.retort.vibes.entity;

import jakarta.persistence.EnumeratedValue;

/**
 * AlertSeverity is how urgent an alert or security alert is; it maps the PostgreSQL enum type {@code
 * alert_severity}, whose labels are the lower-case
 * {@link #label()} values (Hibernate writes the {@link EnumeratedValue} field, not the constant name).
 *
 * <pre>{@code
 * AlertSeverity.INFO.label();   // "info"
 * }</pre>
 */
public enum AlertSeverity {
    INFO("info"),
    WARNING("warning"),
    CRITICAL("critical");

    /** The name of the PostgreSQL enum type this maps. */
    public static final String SQL_TYPE = "alert_severity";

    @EnumeratedValue
    private final String label;

    AlertSeverity(String label) {
        this.label = label;
    }

    /** The PostgreSQL enum label. */
    public String label() {
        return label;
    }
}
