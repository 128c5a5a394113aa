package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * AlterColumnStorage changes a column's TOAST storage strategy ({@code SET STORAGE}) and/or compression method
 * ({@code SET COMPRESSION}); null stands for the type's own strategy and the server's default compression. Neither
 * rewrites existing rows: they apply to values written afterwards.
 *
 * <p>Column modifications run after renames: on {@code toTable}.{@code to.name()}; the inverse runs on the
 * {@code from} names. Both columns are carried whole.
 */
public record AlterColumnStorage(QualifiedName fromTable, Column from, QualifiedName toTable, Column to) implements SchemaChange {

    public AlterColumnStorage {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    public boolean changesStorage() {
        return !Objects.equals(from.storage(), to.storage());
    }

    public boolean changesCompression() {
        return !Objects.equals(from.compression(), to.compression());
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumnStorage(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter column " + toTable + "." + to.name() + " storage "
                + (to.storage() == null ? "default" : to.storage()) + " compression "
                + (to.compression() == null ? "default" : to.compression());
    }

    @Override
    public Footprint footprint() {
        return Footprint.alter(ObjectId.column(toTable, to.name()));
    }
}
