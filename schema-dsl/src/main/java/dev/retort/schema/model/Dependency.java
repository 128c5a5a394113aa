package dev.retort.schema.model;

import java.util.Objects;

/**
 * Dependency says that {@code dependent} uses {@code referenced}: it cannot exist without it, and changing the
 * referenced object's type or recreating it affects the dependent (a check that reads a column, an index on an
 * expression, a default that calls nextval on a sequence, a foreign key on the referenced key).
 *
 * <pre>{@code
 * new Dependency(ObjectId.constraint(users, "ck_email"), ObjectId.column(users, "email"));
 * }</pre>
 */
public record Dependency(ObjectId dependent, ObjectId referenced) implements Comparable<Dependency> {

    public Dependency {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(referenced, "referenced");
        if (dependent.equals(referenced)) {
            throw new IllegalArgumentException(dependent + " cannot depend on itself");
        }
    }

    @Override
    public int compareTo(Dependency other) {
        int byDependent = dependent.compareTo(other.dependent);
        return byDependent != 0 ? byDependent : referenced.compareTo(other.referenced);
    }

    // written out, as ObjectId's: the record's generated ones are slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Dependency other && dependent.equals(other.dependent)
                && referenced.equals(other.referenced);
    }

    @Override
    public int hashCode() {
        return dependent.hashCode() * 31 + referenced.hashCode();
    }

    @Override
    public String toString() {
        return dependent + " -> " + referenced;
    }
}
