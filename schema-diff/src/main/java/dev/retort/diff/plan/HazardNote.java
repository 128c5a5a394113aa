package dev.retort.diff.plan;

import java.util.Objects;

/**
 * HazardNote is one hazard of one statement with what it means there, e.g. which table is locked or which column's
 * values are lost. The renderer writes it when it produces the statement.
 *
 * <pre>{@code
 * new HazardNote(Hazard.DELETES_DATA, "drops column public.users.email and its values");
 * }</pre>
 */
public record HazardNote(Hazard hazard, String message) implements Comparable<HazardNote> {

    public HazardNote {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(message, "message");
    }

    /** The note with the hazard's general explanation as its message. */
    public static HazardNote of(Hazard hazard) {
        return new HazardNote(hazard, hazard.explanation());
    }

    @Override
    public int compareTo(HazardNote other) {
        int byHazard = hazard.compareTo(other.hazard);
        return byHazard != 0 ? byHazard : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return hazard + ": " + message;
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof HazardNote other
                && Objects.equals(hazard, other.hazard)
                && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(hazard);
        h = 31 * h + Objects.hashCode(message);
        return h;
    }
}
