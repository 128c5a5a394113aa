package dev.retort.diff.render;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.UniqueConstraint;

import java.util.stream.Collectors;

/** ConstraintSql renders constraint clauses (usable in CREATE TABLE and ADD CONSTRAINT) and index statements. */
final class ConstraintSql {

    private ConstraintSql() {
    }

    static String primaryKey(PrimaryKey key) {
        return "CONSTRAINT " + SqlNames.name(key.name()) + " PRIMARY KEY (" + SqlNames.names(key.columns()) + ")";
    }

    static String unique(UniqueConstraint unique) {
        return "CONSTRAINT " + SqlNames.name(unique.name()) + " UNIQUE"
                + (unique.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + SqlNames.names(unique.columns()) + ")";
    }

    static String check(CheckConstraint check) {
        return "CONSTRAINT " + SqlNames.name(check.name()) + " CHECK (" + check.expression() + ")";
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(SqlNames.name(fk.name()))
                .append(" FOREIGN KEY (").append(SqlNames.names(fk.columns())).append(") REFERENCES ")
                .append(SqlNames.name(fk.referencedTable())).append(" (").append(SqlNames.names(fk.referencedColumns()))
                .append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.deferrable()) {
            sql.append(" DEFERRABLE INITIALLY ").append(fk.initiallyDeferred() ? "DEFERRED" : "IMMEDIATE");
        }
        return sql.toString();
    }

    static String addConstraint(QualifiedName table, String clause) {
        return "ALTER TABLE " + SqlNames.name(table) + " ADD " + clause;
    }

    static String dropConstraint(QualifiedName table, String name) {
        return "ALTER TABLE " + SqlNames.name(table) + " DROP CONSTRAINT " + SqlNames.name(name);
    }

    static String createIndex(QualifiedName table, Index index) {
        return createIndex(table, index, false);
    }

    /** CREATE INDEX; {@code concurrently} gives the rerunnable lock-safe form (CONCURRENTLY IF NOT EXISTS). */
    static String createIndex(QualifiedName table, Index index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append(concurrently ? "INDEX CONCURRENTLY IF NOT EXISTS " : "INDEX ").append(SqlNames.name(index.name()))
                .append(" ON ").append(SqlNames.name(table))
                .append(" USING ").append(SqlNames.name(index.method())).append(" (")
                .append(index.elements().stream().map(ConstraintSql::element).collect(Collectors.joining(", ")))
                .append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(SqlNames.names(index.include())).append(')');
        }
        if (index.nullsNotDistinct()) {
            sql.append(" NULLS NOT DISTINCT");
        }
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    static String element(IndexElement element) {
        StringBuilder sql = new StringBuilder(element.isExpression()
                ? "(" + element.expression() + ")" : SqlNames.name(element.column()));
        if (element.operatorClass() != null) {
            // operator classes are printed as pg_get_indexdef prints them (qualified only when not visible)
            sql.append(' ').append(element.operatorClass());
        }
        if (element.descending()) {
            sql.append(" DESC");
        }
        if (!element.hasDefaultNullsOrder()) {
            sql.append(element.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }

    static String dropIndex(QualifiedName table, Index index) {
        return dropIndex(table, index, false);
    }

    /** DROP INDEX; {@code concurrently} gives the rerunnable lock-safe form (CONCURRENTLY IF EXISTS). */
    static String dropIndex(QualifiedName table, Index index, boolean concurrently) {
        return (concurrently ? "DROP INDEX CONCURRENTLY IF EXISTS " : "DROP INDEX ")
                + SqlNames.name(QualifiedName.of(table.schema(), index.name()));
    }
}
