package dev.retort.vibes.entity;

import jakarta.persistence.EnumeratedValue;

/**
 * Mood is how the writer felt about a journal entry; it maps the PostgreSQL enum type {@code mood}, whose labels
 * are the lower-case {@link #label()} values, ordered from worst to best so that {@code ORDER BY mood} sorts by
 * feeling.
 *
 * <pre>{@code
 * Mood.GREAT.label();   // "great"
 * }</pre>
 */
public enum Mood {
    AWFUL("awful"),
    BAD("bad"),
    OKAY("okay"),
    GOOD("good"),
    GREAT("great");

    /** The name of the PostgreSQL enum type this maps. */
    public static final String SQL_TYPE = "mood";

    @EnumeratedValue
    private final String label;

    Mood(String label) {
        this.label = label;
    }

    /** The PostgreSQL enum label. */
    public String label() {
        return label;
    }
}
