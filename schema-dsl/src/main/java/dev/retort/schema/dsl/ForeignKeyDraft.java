package dev.retort.schema.dsl;

import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.naming.NamingConvention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** ForeignKeyDraft is a foreign key being declared; it becomes a {@link ForeignKey} at build time. */
final class ForeignKeyDraft implements ForeignKeyStep, ReferenceStep {

    private final TableBuilder owner;
    private final List<String> columns;
    private TableRef target;
    private List<String> referencedColumns = List.of();
    private ReferentialAction onDelete = ReferentialAction.NO_ACTION;
    private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
    private boolean deferrable;
    private boolean initiallyDeferred;
    private boolean matchFull;
    private boolean notValid;
    private String comment;
    private String name;

    ForeignKeyDraft(TableBuilder owner, List<String> columns) {
        this.owner = owner;
        this.columns = List.copyOf(columns);
    }

    @Override
    public ReferenceStep references(TableRef table, String... targetColumns) {
        this.target = Objects.requireNonNull(table, "table");
        this.referencedColumns = List.of(targetColumns);
        return this;
    }

    @Override
    public ReferenceStep references(ColumnRef... targetColumns) {
        if (targetColumns.length == 0) {
            owner.problem("a foreign key on (" + String.join(", ", columns)
                    + ") references no column (pass at least one column handle to references(...))");
            return this;
        }
        this.target = targetColumns[0].table();
        List<String> names = new ArrayList<>();
        for (ColumnRef column : targetColumns) {
            if (column.table() != target) {
                owner.problem("a foreign key on (" + String.join(", ", columns) + ") references columns of two tables, "
                        + target + " and " + column.table() + " (reference columns of one table)");
            }
            names.add(column.name());
        }
        this.referencedColumns = names;
        return this;
    }

    @Override
    public ReferenceStep onDelete(ReferentialAction action) {
        this.onDelete = Objects.requireNonNull(action, "action");
        return this;
    }

    @Override
    public ReferenceStep onUpdate(ReferentialAction action) {
        this.onUpdate = Objects.requireNonNull(action, "action");
        return this;
    }

    @Override
    public ReferenceStep deferrable() {
        this.deferrable = true;
        return this;
    }

    @Override
    public ReferenceStep initiallyDeferred() {
        // INITIALLY DEFERRED without DEFERRABLE is an error in PostgreSQL, so one implies the other.
        this.deferrable = true;
        this.initiallyDeferred = true;
        return this;
    }

    @Override
    public ReferenceStep matchFull() {
        this.matchFull = true;
        return this;
    }

    @Override
    public ReferenceStep notValid() {
        this.notValid = true;
        return this;
    }

    @Override
    public ReferenceStep comment(String text) {
        this.comment = text;
        return this;
    }

    @Override
    public ReferenceStep named(String constraintName) {
        this.name = constraintName;
        return this;
    }

    TableRef target() {
        return target;
    }

    List<String> columns() {
        return columns;
    }

    /** The model foreign key, or null when it never said what it references (reported separately). */
    ForeignKey toModel(QualifiedName table, NamingConvention naming) {
        if (target == null) {
            return null;
        }
        String resolved = name != null ? name
                : naming.foreignKeyName(table.schema(), table.name(), columns, target.name().name(), referencedColumns);
        return new ForeignKey(resolved, columns, target.name(), referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred, matchFull, notValid, comment);
    }

    @Override
    public String toString() {
        return "foreign key (" + String.join(", ", columns) + ")" + (target == null ? "" : " -> " + target
                + Arrays.toString(referencedColumns.toArray()));
    }
}
