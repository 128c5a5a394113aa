package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;

import java.util.Locale;
import java.util.Objects;

/**
 * AlterColumnIdentity adds, drops or switches ({@code ALWAYS} / {@code BY DEFAULT}) an identity, or changes the
 * options of its sequence (START, INCREMENT, MINVALUE, MAXVALUE, CACHE, CYCLE).
 *
 * <p>Column modifications run after renames: on {@code toTable}.{@code to.name()}; the inverse runs on the
 * {@code from} names. Both columns are carried whole.
 */
public record AlterColumnIdentity(QualifiedName fromTable, Column from, QualifiedName toTable, Column to) implements SchemaChange {

    public AlterColumnIdentity {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnIdentity(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter column " + toTable + "." + to.name() + (to.identity() == null ? " drop identity"
                : " identity " + to.identity().sql().toLowerCase(Locale.ROOT)
                + (from.identity() != null && !Objects.equals(from.identityOptions(), to.identityOptions()) ? " options" : ""));
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.column(toTable, to.name()));
    }
}
