package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * RenameIndex renames an index ({@code ALTER INDEX ... RENAME TO}) when a declared rename of its table or of a
 * column gives it a new name under the naming convention. It runs after table renames, on {@code toTable}'s schema;
 * its inverse on {@code fromTable}'s.
 *
 * <pre>{@code
 * new RenameIndex(QualifiedName.of("public", "people"), "ix_people_email", QualifiedName.of("public", "users"), "ix_users_email");
 * }</pre>
 */
public record RenameIndex(QualifiedName fromTable, String from, QualifiedName toTable, String to) implements SchemaChange {

    public RenameIndex {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new RenameIndex(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename index " + from + " on " + toTable + " to " + to;
    }

    @Override
    public Footprint footprint() {
        // the statement names the index by its old name in the table's schema, after a rename of the table
        return new Footprint(ObjectId.index(toTable, from), java.util.Set.of(ObjectId.table(toTable)),
                java.util.Set.of(ObjectId.index(toTable, to)), java.util.Set.of(ObjectId.index(fromTable, from)),
                java.util.Set.of());
    }
}
