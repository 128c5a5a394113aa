package dev.retort.schema.model;

import java.util.Objects;

/**
 * CheckConstraint is a {@code CHECK (expression)} table constraint. After normalization the expression is
 * what {@code pg_get_constraintdef} prints inside {@code CHECK (...)}.
 *
 * <pre>{@code
 * CheckConstraint ck = new CheckConstraint("ck_reminders_status", "status IN ('pending', 'sent')");
 * }</pre>
 */
public record CheckConstraint(String name, String expression) {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
