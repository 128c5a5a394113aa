package dev.retort.vibes.entity;

import jakarta.persistence.EnumeratedValue;

/**
 * HealthStatus is the outcome of a host or service health check; it maps the PostgreSQL enum type {@code
 * health_status}, whose labels are the lower-case
 * {@link #label()} values (Hibernate writes the {@link EnumeratedValue} field, not the constant name).
 *
 * <pre>{@code
 * HealthStatus.HEALTHY.label();   // "healthy"
 * }</pre>
 */
public enum HealthStatus {
    HEALTHY("healthy"),
    DEGRADED("degraded"),
    UNHEALTHY("unhealthy"),
    UNKNOWN("unknown");

    /** The name of the PostgreSQL enum type this maps. */
    public static final String SQL_TYPE = "health_status";

    @EnumeratedValue
    private final String label;

    HealthStatus(String label) {
        this.label = label;
    }

    /** The PostgreSQL enum label. */
    public String label() {
        return label;
    }
}
