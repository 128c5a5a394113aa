package dev.retort.diff.compare;

import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.kind.enumtype.EnumChanges;
import dev.retort.diff.kind.schema.SchemaChanges;
import dev.retort.diff.kind.sequence.SequenceDiffer;
import dev.retort.diff.kind.table.TablePairs;
import dev.retort.schema.model.SchemaModel;

import java.util.ArrayList;
import java.util.List;

/**
 * SchemaDiffer compares two models by name and returns the changes that turn {@code from} into {@code to}. It runs
 * without a database and is deterministic; {@code diff(a, a)} is empty.
 *
 * <p>Column order is ignored (PostgreSQL cannot reorder columns; {@link ColumnOrder} names the tables where it
 * differs). A table or column is renamed only when the new model declares it
 * ({@code renamedFrom}) and the old model has the old name but not the new one; renames are never guessed.
 * {@code public} is never created or dropped.
 *
 * <pre>{@code
 * List<SchemaChange> changes = new SchemaDiffer().diff(inspected, declared);
 * }</pre>
 */
public final class SchemaDiffer {

    /** The changes that turn {@code from} into {@code to}, in a deterministic order (the planner orders them). */
    public List<SchemaChange> diff(SchemaModel from, SchemaModel to) {
        List<SchemaChange> out = new ArrayList<>();
        SchemaChanges.diff(from, to, out);
        TablePairs tables = TablePairs.match(from, to, out);
        EnumChanges.diff(from, to, tables, out);
        SequenceDiffer.diff(from.sequences(), to.sequences(), out);
        tables.changes(out);
        ObjectDiffer.diff(from, to, out);
        return List.copyOf(out);
    }

    /**
     * The changes of the downgrade of an upgrade from {@code from} to {@code to}, given its reversed inverses:
     * those, plus drop + create of what uses something only the downgrade takes away.
     */
    public List<SchemaChange> downgrade(List<SchemaChange> inverses, SchemaModel from, SchemaModel to) {
        return List.copyOf(ObjectDiffer.downgrade(inverses, to, from));
    }
}
