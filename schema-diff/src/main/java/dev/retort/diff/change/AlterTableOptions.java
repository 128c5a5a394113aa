package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.TableOptions;

import java.util.Objects;

/**
 * AlterTableOptions changes a table's storage settings: SET LOGGED / SET UNLOGGED (which rewrite the table), storage
 * parameters (SET (...) / RESET (...)) and REPLICA IDENTITY. It runs after renames, on {@code toTable}; its inverse on
 * {@code fromTable}. A replica identity USING INDEX runs once its index exists, and before the old one's index goes.
 *
 * <pre>{@code
 * new AlterTableOptions(t, TableOptions.DEFAULT, t, TableOptions.DEFAULT.withStorageParameters(List.of("fillfactor=70")));
 * }</pre>
 */
public record AlterTableOptions(QualifiedName fromTable, TableOptions from, QualifiedName toTable, TableOptions to)
        implements SchemaChange {

    public AlterTableOptions {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterTableOptions(toTable, to, fromTable, from);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "alter table " + toTable + " options";
    }

    @Override
    public Footprint footprint() {
        Footprint footprint = Footprint.alter(ObjectId.table(toTable));
        // the index may be a key's: whichever of the two exists orders the change
        if (to.replicaIdentityIndex() != null && !to.equals(from)) {
            footprint = footprint.requiring(ObjectId.index(toTable, to.replicaIdentityIndex()),
                    ObjectId.constraint(toTable, to.replicaIdentityIndex()));
        }
        if (from.replicaIdentityIndex() != null && !Objects.equals(from.replicaIdentityIndex(), to.replicaIdentityIndex())) {
            footprint = footprint.releasing(ObjectId.index(fromTable, from.replicaIdentityIndex()),
                    ObjectId.constraint(fromTable, from.replicaIdentityIndex()));
        }
        return footprint;
    }
}
