package dev.retort.diff.kind.table;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Table;

/**
 * RenameHints takes the DSL's {@code renamedFrom} hints off tables and columns: a hint tells the differ what to pair,
 * and is never part of a change or of what the planner compares.
 */
public final class RenameHints {

    private RenameHints() {
    }

    /** The column without its rename hint (hints are DSL-only and never part of a change). */
    public static Column strip(Column column) {
        return column.renamedFrom() == null ? column : column.withRenamedFrom(null);
    }

    /** The table and its columns without rename hints. */
    public static Table strip(Table table) {
        Table stripped = table.renamedFrom() == null ? table : table.withRenamedFrom(null);
        boolean hinted = stripped.columns().stream().anyMatch(c -> c.renamedFrom() != null);
        return hinted ? stripped.withColumns(stripped.columns().stream().map(RenameHints::strip).toList()) : stripped;
    }
}
