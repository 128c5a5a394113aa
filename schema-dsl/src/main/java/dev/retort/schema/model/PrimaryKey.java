package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * PrimaryKey is a table's primary key constraint over one or more columns, in key order, with optional
 * {@code INCLUDE} columns (stored in its index, not part of the key), deferrability and comment.
 *
 * <pre>{@code
 * PrimaryKey pk = new PrimaryKey("pk_journal_entry_tags", List.of("entry_id", "tag_id"));
 * PrimaryKey covering = pk.withInclude(List.of("note")).withDeferrable(true, false);
 * }</pre>
 *
 * @param include           non-key columns of the backing index ({@code INCLUDE (...)}), empty for none
 * @param deferrable        {@code DEFERRABLE}; implied by {@code initiallyDeferred}
 * @param initiallyDeferred {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit
 * @param comment           {@code COMMENT ON CONSTRAINT}, or null
 */
public record PrimaryKey(String name, List<String> columns, List<String> include, boolean deferrable,
                         boolean initiallyDeferred, String comment) implements TableConstraint {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        include = include == null ? List.of() : List.copyOf(include);
        deferrable = deferrable || initiallyDeferred;
    }

    /** A plain key: no INCLUDE columns, not deferrable, no comment. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, List.of(), false, false, null);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, include, deferrable, initiallyDeferred, comment);
    }

    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, include, deferrable, initiallyDeferred, comment);
    }

    public PrimaryKey withInclude(List<String> newInclude) {
        return new PrimaryKey(name, columns, newInclude, deferrable, initiallyDeferred, comment);
    }

    /** Deferrability: {@code (false, false)} NOT DEFERRABLE, {@code (true, false)} DEFERRABLE INITIALLY IMMEDIATE. */
    public PrimaryKey withDeferrable(boolean newDeferrable, boolean newInitiallyDeferred) {
        return new PrimaryKey(name, columns, include, newDeferrable, newInitiallyDeferred, comment);
    }

    @Override
    public PrimaryKey withComment(String newComment) {
        return new PrimaryKey(name, columns, include, deferrable, initiallyDeferred, newComment);
    }
}
