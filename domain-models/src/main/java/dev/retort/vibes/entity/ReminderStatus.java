package dev.retort.vibes.entity;

import jakarta.persistence.EnumeratedValue;

/**
 * ReminderStatus is where a reminder is in its life: waiting, delivered, postponed or closed; it maps the
 * PostgreSQL enum type {@code reminder_status}, whose labels are the lower-case
 * {@link #label()} values (Hibernate writes the {@link EnumeratedValue} field, not the constant name).
 *
 * <pre>{@code
 * ReminderStatus.PENDING.label();   // "pending"
 * }</pre>
 */
public enum ReminderStatus {
    PENDING("pending"),
    SENT("sent"),
    SNOOZED("snoozed"),
    DISMISSED("dismissed"),
    CANCELLED("cancelled");

    /** The name of the PostgreSQL enum type this maps. */
    public static final String SQL_TYPE = "reminder_status";

    @EnumeratedValue
    private final String label;

    ReminderStatus(String label) {
        this.label = label;
    }

    /** The PostgreSQL enum label. */
    public String label() {
        return label;
    }
}
