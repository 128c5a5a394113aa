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
}
