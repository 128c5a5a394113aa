package dev.retort.diff.change;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * EnumColumn is a column that an enum recreate must convert to the new type: its table and name at the time the
 * recreate runs, whether it is an array of the enum, and the default to put back after the conversion (PostgreSQL
 * cannot cast a default to the new type, so it is dropped first), or null.
 *
 * <pre>{@code
 * EnumColumn mood = new EnumColumn(QualifiedName.of("public", "entries"), "mood", false, "'ok'::mood");
 * }</pre>
 */
public record EnumColumn(QualifiedName table, String column, boolean array, String restoreDefault) {

    public EnumColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
