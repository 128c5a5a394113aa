package dev.retort.diff.kind.table;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.TableConstraint;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** ConstraintSql renders constraint clauses (usable in CREATE TABLE and ADD CONSTRAINT) and index statements. */
final class ConstraintSql {

    private ConstraintSql() {
    }

    static String primaryKey(PrimaryKey key) {
        return "CONSTRAINT " + SqlNames.name(key.name()) + " PRIMARY KEY (" + SqlNames.names(key.columns()) + ")"
                + include(key.include()) + deferral(key.deferrable(), key.initiallyDeferred());
    }

    static String unique(UniqueConstraint unique) {
        return "CONSTRAINT " + SqlNames.name(unique.name()) + " UNIQUE"
                + (unique.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + SqlNames.names(unique.columns()) + ")"
                + include(unique.include()) + deferral(unique.deferrable(), unique.initiallyDeferred());
    }

    /**
     * The clause that makes an existing unique index of the constraint's name the constraint (the lock-safe form):
     * {@code CONSTRAINT uq UNIQUE USING INDEX uq}. Columns, INCLUDE and NULLS NOT DISTINCT come from the index.
     */
    static String usingIndex(TableConstraint constraint) {
        String kind = constraint instanceof PrimaryKey ? " PRIMARY KEY" : " UNIQUE";
        boolean deferrable = constraint instanceof PrimaryKey key ? key.deferrable() : ((UniqueConstraint) constraint).deferrable();
        boolean deferred = constraint instanceof PrimaryKey key ? key.initiallyDeferred()
                : ((UniqueConstraint) constraint).initiallyDeferred();
        return "CONSTRAINT " + SqlNames.name(constraint.name()) + kind + " USING INDEX " + SqlNames.name(constraint.name())
                + deferral(deferrable, deferred);
    }

    static String check(CheckConstraint check) {
        return "CONSTRAINT " + SqlNames.name(check.name()) + " CHECK (" + check.expression() + ")"
                + (check.noInherit() ? " NO INHERIT" : "") + (check.notValid() ? " NOT VALID" : "");
    }

    /** The clause that adds {@code constraint} with ADD CONSTRAINT or inside CREATE TABLE. */
    static String clause(TableConstraint constraint) {
        if (constraint instanceof PrimaryKey key) {
            return primaryKey(key);
        }
        if (constraint instanceof UniqueConstraint unique) {
            return unique(unique);
        }
        if (constraint instanceof CheckConstraint check) {
            return check(check);
        }
        return foreignKey((ForeignKey) constraint);
    }

    /** ADD CONSTRAINT, then COMMENT ON CONSTRAINT when it has a comment. */
    static List<String> add(QualifiedName table, TableConstraint constraint) {
        List<String> sql = new ArrayList<>();
        sql.add(addConstraint(table, clause(constraint)));
        if (constraint.comment() != null) {
            sql.add(commentOnConstraint(table, constraint.name(), constraint.comment()));
        }
        return sql;
    }

    static String commentOnConstraint(QualifiedName table, String constraint, String comment) {
        return "COMMENT ON CONSTRAINT " + SqlNames.name(constraint) + " ON " + SqlNames.name(table) + " IS "
                + (comment == null ? "NULL" : SqlNames.literal(comment));
    }

    static String validate(QualifiedName table, String constraint) {
        return "ALTER TABLE " + SqlNames.name(table) + " VALIDATE CONSTRAINT " + SqlNames.name(constraint);
    }

    private static String include(List<String> columns) {
        return columns.isEmpty() ? "" : " INCLUDE (" + SqlNames.names(columns) + ")";
    }

    private static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return !deferrable ? "" : " DEFERRABLE INITIALLY " + (initiallyDeferred ? "DEFERRED" : "IMMEDIATE");
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(SqlNames.name(fk.name()))
                .append(" FOREIGN KEY (").append(SqlNames.names(fk.columns())).append(") REFERENCES ")
                .append(SqlNames.name(fk.referencedTable())).append(" (").append(SqlNames.names(fk.referencedColumns()))
                .append(')');
        if (fk.matchFull()) {
            sql.append(" MATCH FULL");
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        sql.append(deferral(fk.deferrable(), fk.initiallyDeferred()));
        if (fk.notValid()) {
            sql.append(" NOT VALID");
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
        return createIndex(SqlNames.name(table), index, concurrently);
    }

    /** CREATE INDEX ... ON ONLY: a partitioned table's index, without building it on the partitions. */
    static String createIndexOnOnly(QualifiedName table, Index index) {
        return createIndex("ONLY " + SqlNames.name(table), index, false);
    }

    private static String createIndex(String target, Index index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append(concurrently ? "INDEX CONCURRENTLY IF NOT EXISTS " : "INDEX ").append(SqlNames.name(index.name()))
                .append(" ON ").append(target)
                .append(" USING ").append(SqlNames.name(index.method())).append(" (")
                .append(index.elements().stream().map(ConstraintSql::element).collect(Collectors.joining(", ")))
                .append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(SqlNames.names(index.include())).append(')');
        }
        if (index.nullsNotDistinct()) {
            sql.append(" NULLS NOT DISTINCT");
        }
        if (!index.storageParameters().isEmpty()) {
            sql.append(" WITH (").append(String.join(", ", index.storageParameters())).append(')');
        }
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    static String element(IndexElement element) {
        StringBuilder sql = new StringBuilder(element.isExpression()
                ? "(" + element.expression() + ")" : SqlNames.name(element.column()));
        if (element.collation() != null) {
            sql.append(" COLLATE ").append(SqlNames.name(element.collation()));
        }
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

    static String commentOnIndex(QualifiedName table, String index, String comment) {
        return "COMMENT ON INDEX " + SqlNames.name(QualifiedName.of(table.schema(), index)) + " IS "
                + (comment == null ? "NULL" : SqlNames.literal(comment));
    }

    static String dropIndex(QualifiedName table, Index index) {
        return dropIndex(table, index, false);
    }

    /** DROP INDEX; {@code concurrently} gives the rerunnable lock-safe form (CONCURRENTLY IF EXISTS). */
    static String dropIndex(QualifiedName table, Index index, boolean concurrently) {
        return (concurrently ? "DROP INDEX CONCURRENTLY IF EXISTS " : "DROP INDEX ")
                + SqlNames.name(QualifiedName.of(table.schema(), index.name()));
    }

    /**
     * {@code drop} taking the partitions' own keys backed by the index's copies with it ({@code CASCADE}, which
     * PostgreSQL needs: it drops neither the index nor such a key while the other holds on to it), with what that
     * takes and locks; {@code drop} itself where there are none.
     */
    static SqlStatement cascadingToKeys(String drop, QualifiedName table, String index, List<ObjectId> keys) {
        if (keys.isEmpty()) {
            return SqlStatement.of(drop);
        }
        SqlStatement statement = SqlStatement.of(drop + " CASCADE");
        for (ObjectId key : keys) {
            statement = Locks.accessExclusive(statement.with(Hazard.INDEX_DROPPED, "drops key " + key.member()
                    + " of " + key.name() + " with " + index + ", whose copy backs it"), key.name(), Locks.BRIEF);
        }
        return statement;
    }
}
