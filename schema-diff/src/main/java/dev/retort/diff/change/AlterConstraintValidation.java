package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.TableConstraint;

import java.util.Objects;

/**
 * AlterConstraintValidation validates a {@code NOT VALID} foreign key or check ({@code VALIDATE CONSTRAINT}: existing
 * rows are checked under a SHARE UPDATE EXCLUSIVE lock, writes go on), or, as its inverse, makes a validated one
 * {@code NOT VALID} again.
 *
 * <p>PostgreSQL cannot un-validate a constraint, so the second direction drops the constraint and adds it back
 * {@code NOT VALID}: no row is checked, the catalog is exactly as before the validation, and for the moment between
 * the two statements (in one transaction) the constraint is absent. Both sides are carried whole.
 * It runs after renames, on {@code toTable} and {@code to}'s name; the inverse on the {@code from} names.
 *
 * <pre>{@code
 * new AlterConstraintValidation(t, check.withNotValid(true), t, check);   // VALIDATE CONSTRAINT
 * }</pre>
 */
public record AlterConstraintValidation(QualifiedName fromTable, TableConstraint from, QualifiedName toTable,
                                        TableConstraint to) implements SchemaChange {

    public AlterConstraintValidation {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
        if (!(from instanceof ForeignKey || from instanceof CheckConstraint) || from.getClass() != to.getClass()) {
            throw new IllegalArgumentException("only a foreign key or a check is validated: " + from + " -> " + to);
        }
        if (notValid(from) == notValid(to)) {
            throw new IllegalArgumentException("constraint " + to.name() + " keeps its validity: " + from + " -> " + to);
        }
    }

    /** True when this change runs VALIDATE CONSTRAINT; false when it re-adds the constraint NOT VALID. */
    public boolean validates() {
        return notValid(from);
    }

    /** True when {@code constraint} (a foreign key or a check) is NOT VALID. */
    public static boolean notValid(TableConstraint constraint) {
        return constraint instanceof ForeignKey fk ? fk.notValid() : ((CheckConstraint) constraint).notValid();
    }

    @Override
    public SchemaChange inverse() {
        return new AlterConstraintValidation(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return (validates() ? "validate constraint " : "make constraint not valid ") + to.name() + " on " + toTable;
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.constraint(toTable, to.name()));
    }
}
