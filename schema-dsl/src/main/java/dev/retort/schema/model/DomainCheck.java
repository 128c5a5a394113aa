package dev.retort.schema.model;

import java.util.Objects;

/**
 * DomainCheck is a named {@code CHECK} constraint of a {@link Domain}: every value of the domain, in every column
 * that uses it, must satisfy it. After normalization the expression is what PostgreSQL prints inside
 * {@code CHECK (...)}, with {@code VALUE} standing for the value.
 *
 * <pre>{@code
 * DomainCheck format = new DomainCheck("email_format", "VALUE ~ '@'", false);
 * }</pre>
 *
 * @param name       the constraint's name
 * @param expression the condition on {@code VALUE}
 * @param notValid   true when the columns' existing values were never checked ({@code NOT VALID})
 */
public record DomainCheck(String name, String expression, boolean notValid) {

    public DomainCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    public DomainCheck withNotValid(boolean newNotValid) {
        return new DomainCheck(name, expression, newNotValid);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DomainCheck other
                && Objects.equals(name, other.name)
                && Objects.equals(expression, other.expression)
                && notValid == other.notValid;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(expression);
        h = 31 * h + Boolean.hashCode(notValid);
        return h;
    }
}
