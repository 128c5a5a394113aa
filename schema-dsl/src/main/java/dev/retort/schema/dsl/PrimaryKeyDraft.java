package dev.retort.schema.dsl;

import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.naming.NamingConvention;

import java.util.List;

/** PrimaryKeyDraft is a primary key being declared; it becomes a {@link PrimaryKey} at build time. */
final class PrimaryKeyDraft implements PrimaryKeyStep {

    private final List<String> columns;
    private String name;
    private List<String> include = List.of();
    private boolean deferrable;
    private boolean initiallyDeferred;
    private String comment;

    PrimaryKeyDraft(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public PrimaryKeyStep named(String constraintName) {
        this.name = constraintName;
        return this;
    }

    @Override
    public PrimaryKeyStep include(String... includedColumns) {
        this.include = List.of(includedColumns);
        return this;
    }

    @Override
    public PrimaryKeyStep deferrable() {
        this.deferrable = true;
        return this;
    }

    @Override
    public PrimaryKeyStep initiallyDeferred() {
        this.deferrable = true;
        this.initiallyDeferred = true;
        return this;
    }

    @Override
    public PrimaryKeyStep comment(String text) {
        this.comment = text;
        return this;
    }

    List<String> columns() {
        return columns;
    }

    PrimaryKey toModel(QualifiedName table, NamingConvention naming) {
        String resolved = name != null ? name : naming.primaryKeyName(table.schema(), table.name(), columns);
        return new PrimaryKey(resolved, columns, include, deferrable, initiallyDeferred, comment);
    }
}
