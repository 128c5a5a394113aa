package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * ForeignKey is a foreign key constraint: {@code columns} of the owning table reference
 * {@code referencedColumns} of {@code referencedTable}, pairwise in order.
 *
 * <p>{@code matchFull}: {@code MATCH FULL} (a multicolumn key is either all NULL or fully checked), otherwise
 * {@code MATCH SIMPLE}. {@code notValid}: existing rows were never checked ({@code NOT VALID}, until
 * {@code VALIDATE CONSTRAINT}).
 *
 * <pre>{@code
 * ForeignKey fk = new ForeignKey("fk_journal_entries_user_id_users", List.of("user_id"),
 *         QualifiedName.of("public", "users"), List.of("id"),
 *         ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false);
 * ForeignKey unchecked = fk.withNotValid(true).withComment("validated in a later release");
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
        boolean initiallyDeferred,
        boolean matchFull,
        boolean notValid,
        String comment) implements TableConstraint {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        deferrable = deferrable || initiallyDeferred;
    }

    /** A MATCH SIMPLE, validated foreign key without comment. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
                      boolean initiallyDeferred) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred,
                false, false, null);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred, matchFull, notValid, comment);
    }

    /** The same key with other local columns, referenced table and referenced columns (after renames). */
    public ForeignKey withReference(List<String> newColumns, QualifiedName newTable, List<String> newReferenced) {
        return new ForeignKey(name, newColumns, newTable, newReferenced, onDelete, onUpdate, deferrable,
                initiallyDeferred, matchFull, notValid, comment);
    }

    public ForeignKey withMatchFull(boolean newMatchFull) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred, newMatchFull, notValid, comment);
    }

    public ForeignKey withNotValid(boolean newNotValid) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred, matchFull, newNotValid, comment);
    }

    @Override
    public ForeignKey withComment(String newComment) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred, matchFull, notValid, newComment);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ForeignKey other
                && Objects.equals(name, other.name)
                && Objects.equals(columns, other.columns)
                && Objects.equals(referencedTable, other.referencedTable)
                && Objects.equals(referencedColumns, other.referencedColumns)
                && Objects.equals(onDelete, other.onDelete)
                && Objects.equals(onUpdate, other.onUpdate)
                && deferrable == other.deferrable
                && initiallyDeferred == other.initiallyDeferred
                && matchFull == other.matchFull
                && notValid == other.notValid
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(columns);
        h = 31 * h + Objects.hashCode(referencedTable);
        h = 31 * h + Objects.hashCode(referencedColumns);
        h = 31 * h + Objects.hashCode(onDelete);
        h = 31 * h + Objects.hashCode(onUpdate);
        h = 31 * h + Boolean.hashCode(deferrable);
        h = 31 * h + Boolean.hashCode(initiallyDeferred);
        h = 31 * h + Boolean.hashCode(matchFull);
        h = 31 * h + Boolean.hashCode(notValid);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
