package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;
import java.util.Set;

/**
 * RenameIdentitySequence renames the sequence of an identity column ({@code ALTER SEQUENCE ... RENAME TO}): PostgreSQL
 * keeps a sequence's name when its table or column is renamed, so a declared rename gives it the name a fresh
 * CREATE TABLE would (or the declared one). It runs after table renames, on {@code toTable}'s schema; its inverse on
 * {@code fromTable}'s.
 *
 * <pre>{@code
 * new RenameIdentitySequence(QualifiedName.of("public", "people"), "people_id_seq",
 *         QualifiedName.of("public", "users"), "users_id_seq");
 * }</pre>
 *
 * @param fromTable the table before the upgrade
 * @param from      the sequence's name before
 * @param toTable   the table after the upgrade, whose schema holds the sequence
 * @param to        the sequence's new name
 */
public record RenameIdentitySequence(QualifiedName fromTable, String from, QualifiedName toTable, String to)
        implements SchemaChange {

    public RenameIdentitySequence {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new RenameIdentitySequence(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename identity sequence " + from + " of " + toTable + " to " + to;
    }

    @Override
    public Footprint footprint() {
        QualifiedName before = QualifiedName.of(toTable.schema(), from);
        QualifiedName after = QualifiedName.of(toTable.schema(), to);
        return new Footprint(ObjectId.sequence(before), Set.of(ObjectId.table(toTable)), Set.of(ObjectId.sequence(after)),
                Set.of(ObjectId.sequence(before)), Set.of());
    }
}
