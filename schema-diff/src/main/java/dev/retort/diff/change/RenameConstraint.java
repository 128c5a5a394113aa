package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * RenameConstraint renames a constraint of a table (a primary key or unique constraint renames its index with it),
 * when a declared rename of the table or of a column gives it a new name under the naming convention. It runs after
 * table renames, on {@code toTable}; its inverse on {@code fromTable}.
 *
 * <pre>{@code
 * new RenameConstraint(QualifiedName.of("public", "people"), "pk_people", QualifiedName.of("public", "users"), "pk_users");
 * }</pre>
 */
public record RenameConstraint(QualifiedName fromTable, String from, QualifiedName toTable, String to) implements SchemaChange {

    public RenameConstraint {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new RenameConstraint(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename constraint " + from + " on " + toTable + " to " + to;
    }

    @Override
    public Footprint footprint() {
        // the statement names the table as it is after a rename of the table, and the constraint's old name
        return new Footprint(ObjectId.constraint(toTable, from), java.util.Set.of(ObjectId.table(toTable)),
                java.util.Set.of(ObjectId.constraint(toTable, to)), java.util.Set.of(ObjectId.constraint(fromTable, from)),
                java.util.Set.of());
    }
}
