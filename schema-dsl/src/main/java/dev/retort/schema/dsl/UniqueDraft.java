package dev.retort.schema.dsl;

import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.naming.NamingConvention;

import java.util.List;

/** UniqueDraft is a unique constraint being declared; it becomes a {@link UniqueConstraint} at build time. */
final class UniqueDraft implements UniqueStep {

    private final List<String> columns;
    private String name;
    private boolean nullsNotDistinct;
    private List<String> include = List.of();
    private boolean deferrable;
    private boolean initiallyDeferred;
    private String comment;

    UniqueDraft(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public UniqueStep named(String constraintName) {
        this.name = constraintName;
        return this;
    }

    @Override
    public UniqueStep nullsNotDistinct() {
        this.nullsNotDistinct = true;
        return this;
    }

    @Override
    public UniqueStep include(String... includedColumns) {
        this.include = List.of(includedColumns);
        return this;
    }

    @Override
    public UniqueStep deferrable() {
        this.deferrable = true;
        return this;
    }

    @Override
    public UniqueStep initiallyDeferred() {
        this.deferrable = true;
        this.initiallyDeferred = true;
        return this;
    }

    @Override
    public UniqueStep comment(String text) {
        this.comment = text;
        return this;
    }

    UniqueConstraint toModel(QualifiedName table, NamingConvention naming) {
        String resolved = name != null ? name : naming.uniqueConstraintName(table.schema(), table.name(), columns);
        return new UniqueConstraint(resolved, columns, nullsNotDistinct, include, deferrable, initiallyDeferred, comment);
    }
}
