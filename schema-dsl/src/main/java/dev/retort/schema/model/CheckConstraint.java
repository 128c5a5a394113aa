package dev.retort.schema.model;

import java.util.Objects;

/**
 * CheckConstraint is a {@code CHECK (expression)} table constraint. After normalization the expression is
 * what {@code pg_get_constraintdef} prints inside {@code CHECK (...)}.
 *
 * <p>{@code notValid}: the constraint holds for new rows but existing rows were never checked
 * ({@code NOT VALID}, until {@code VALIDATE CONSTRAINT}). {@code noInherit}: it does not apply to child tables.
 *
 * <pre>{@code
 * CheckConstraint ck = new CheckConstraint("ck_reminders_status", "status IN ('pending', 'sent')");
 * CheckConstraint later = ck.withNotValid(true);
 * }</pre>
 */
public record CheckConstraint(String name, String expression, boolean notValid, boolean noInherit, String comment)
        implements TableConstraint {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    /** A validated, inheritable check without comment. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, false, false, null);
    }

    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, notValid, noInherit, comment);
    }

    public CheckConstraint withExpression(String newExpression) {
        return new CheckConstraint(name, newExpression, notValid, noInherit, comment);
    }

    public CheckConstraint withNotValid(boolean newNotValid) {
        return new CheckConstraint(name, expression, newNotValid, noInherit, comment);
    }

    public CheckConstraint withNoInherit(boolean newNoInherit) {
        return new CheckConstraint(name, expression, notValid, newNoInherit, comment);
    }

    @Override
    public CheckConstraint withComment(String newComment) {
        return new CheckConstraint(name, expression, notValid, noInherit, newComment);
    }
}
