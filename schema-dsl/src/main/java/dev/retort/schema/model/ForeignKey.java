package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * ForeignKey is a foreign key constraint: {@code columns} of the owning table reference
 * {@code referencedColumns} of {@code referencedTable}, pairwise in order.
 *
 * <pre>{@code
 * ForeignKey fk = new ForeignKey("fk_journal_entries_user_id_users", List.of("user_id"),
 *         QualifiedName.of("public", "users"), List.of("id"),
 *         ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false);
 * }</pre>
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean initiallyDeferred) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }
}
