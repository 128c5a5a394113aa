package dev.retort.diff.kind.table;

import dev.retort.diff.change.AlterTableComment;
import dev.retort.diff.change.CreateTable;
import dev.retort.diff.change.DropTable;
import dev.retort.diff.change.RenameColumn;
import dev.retort.diff.change.RenameTable;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableConstraint;
import dev.retort.schema.model.TableOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * TableSql writes the statements that create, drop, rename and comment a table, and rename its columns.
 */
public final class TableSql {

    private TableSql() {
    }

    /** CREATE TABLE (or CREATE TABLE ... PARTITION OF) with its inline constraints, storage and comments. */
    public static List<SqlStatement> create(CreateTable change) {
        // a table created here is new to every other session: no lock to wait for, no rows to scan
        // a partition's own key that its parent's index adopts is made of the copy PostgreSQL creates (see
        // IndexCopies.created), not added here
        Table table = IndexCopies.withoutKeysOnCopies(change.table());
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(ColumnSql.definition(table.name(), c)));
        List<TableConstraint> inline = new ArrayList<>();
        if (table.primaryKey() != null) {
            inline.add(table.primaryKey());
        }
        inline.addAll(table.uniqueConstraints());
        // CREATE TABLE validates a NOT VALID check anyway (the table is empty): it is added afterwards
        List<CheckConstraint> unvalidated = table.checkConstraints().stream().filter(CheckConstraint::notValid).toList();
        table.checkConstraints().stream().filter(c -> !c.notValid()).forEach(inline::add);
        inline.forEach(c -> parts.add(ConstraintSql.clause(c)));
        List<String> sql = new ArrayList<>();
        TableOptions options = table.options();
        if (table.hierarchy().isPartition()) {
            // a partition's columns are its parent's; its own constraints are added after it
            inline.forEach(c -> sql.add(ConstraintSql.addConstraint(table.name(), ConstraintSql.clause(c))));
            sql.add(0, PartitionSql.createPartition(table));
        } else {
            sql.add("CREATE " + (options.unlogged() ? "UNLOGGED " : "") + "TABLE " + SqlNames.name(table.name()) + " ("
                    + (parts.isEmpty() ? "" : "\n    " + String.join(",\n    ", parts) + "\n") + ")"
                    + PartitionSql.inheritsAndPartitionBy(table.hierarchy())
                    + (options.storageParameters().isEmpty() ? "" : " WITH (" + String.join(", ", options.storageParameters()) + ")"));
        }
        // a partition's own NOT NULL on a column its parent leaves nullable
        table.hierarchy().notNullColumns().forEach(c -> sql.add(ColumnSql.alterColumn(table.name(), c) + " SET NOT NULL"));
        if (options.replicaIdentity() != null) {
            sql.add(TableOptionsSql.replicaIdentity(table.name(), options));
        }
        unvalidated.forEach(c -> sql.add(ConstraintSql.addConstraint(table.name(), ConstraintSql.check(c))));
        for (Column column : table.columns()) {
            if (column.storage() != null) {
                sql.add(ColumnSql.setStorage(table.name(), column));
            }
        }
        if (table.comment() != null) {
            sql.add(commentOnTable(change.table().name(), table.comment()));
        }
        inline.addAll(unvalidated);
        inline.stream().filter(c -> c.comment() != null)
                .forEach(c -> sql.add(ConstraintSql.commentOnConstraint(table.name(), c.name(), c.comment())));
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                sql.add(ColumnSql.commentOnColumn(table.name(), column.name(), column.comment()));
            }
        }
        return PartitionSql.lockingParent(table, plain(sql));
    }

    /** DROP TABLE: the rows are lost; a partition that a foreign key reaches through its parent is detached first. */
    public static List<SqlStatement> drop(DropTable change) {
        QualifiedName table = change.table().name();
        SqlStatement drop = SqlStatement.of("DROP TABLE " + SqlNames.name(table))
                .with(Hazard.DELETES_DATA, "the rows of " + table + " are lost");
        PartitionOf of = change.table().hierarchy().partitionOf();
        if (change.detachFirst() && of != null) {
            List<SqlStatement> sql = new ArrayList<>(PartitionSql.detachStatement(table, of, null));
            sql.add(Locks.accessExclusive(drop, table, Locks.BRIEF));
            return sql;
        }
        return List.of(Locks.accessExclusive(drop, table, Locks.BRIEF));
    }

    /** ALTER TABLE ... RENAME TO. */
    public static List<SqlStatement> rename(RenameTable change) {
        SqlStatement rename = SqlStatement.of("ALTER TABLE " + SqlNames.name(change.from()) + " RENAME TO "
                + SqlNames.name(change.to().name()));
        return List.of(Locks.accessExclusive(rename, change.from(), Locks.BRIEF));
    }

    /** COMMENT ON TABLE. */
    public static List<SqlStatement> comment(AlterTableComment change) {
        return List.of(Locks.shareUpdateExclusive(SqlStatement.of(commentOnTable(change.toTable(), change.to())),
                change.toTable()));
    }

    /** ALTER TABLE ... RENAME COLUMN. */
    public static List<SqlStatement> renameColumn(RenameColumn change) {
        SqlStatement rename = SqlStatement.of("ALTER TABLE " + SqlNames.name(change.fromTable()) + " RENAME COLUMN "
                + SqlNames.name(change.from()) + " TO " + SqlNames.name(change.to()));
        return List.of(Locks.accessExclusive(rename, change.fromTable(), Locks.BRIEF));
    }

    private static List<SqlStatement> plain(List<String> sql) {
        return sql.stream().map(SqlStatement::of).toList();
    }

    private static String commentOnTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + SqlNames.name(table) + " IS " + SqlNames.literal(comment);
    }
}
