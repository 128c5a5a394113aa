package dev.retort.diff.render;

import dev.retort.diff.change.*;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlRenderer;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableConstraint;
import dev.retort.schema.model.TableOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgresSqlRenderer turns one {@link SchemaChange} into the PostgreSQL statements that perform it (without
 * trailing semicolons), each with its hazards and whether it may run in a transaction, decided here from the typed
 * change. Identifiers are quoted where needed and literals escaped; expressions (defaults, checks, predicates) are
 * emitted as the model holds them.
 *
 * <p>One visit per change type; the SQL text of clauses comes from {@link ColumnSql}, {@link ConstraintSql} and
 * {@link TypeSql}, the hazards of column changes from {@link ColumnChangeSql}, the table locks from {@link Locks}.
 *
 * <pre>{@code
 * List<SqlStatement> sql = new PostgresSqlRenderer().render(new DropColumn(users, email));
 * // [ALTER TABLE public.users DROP COLUMN email  (DELETES_DATA, ACCESS_EXCLUSIVE_LOCK)]
 * }</pre>
 */
public final class PostgresSqlRenderer implements SqlRenderer {

    private final Visitor visitor = new Visitor();

    /** The statements for {@code change}, in execution order; empty when the change needs no SQL. */
    @Override
    public List<SqlStatement> render(SchemaChange change) {
        return change.accept(visitor);
    }

    /** The SQL text of {@code change}'s statements, for tests and messages. */
    public List<String> sql(SchemaChange change) {
        return render(change).stream().map(SqlStatement::sql).toList();
    }

    private static final class Visitor implements SchemaChangeVisitor<List<SqlStatement>> {

        @Override
        public List<SqlStatement> visit(CreateObject change) {
            return ManagedKinds.of(change.object()).create(change.object());
        }

        @Override
        public List<SqlStatement> visit(DropObject change) {
            return ManagedKinds.of(change.object()).drop(change.object());
        }

        @Override
        public List<SqlStatement> visit(AlterObject change) {
            return ManagedKinds.of(change.to()).alter(change.from(), change.to());
        }

        @Override
        public List<SqlStatement> visit(CreateSchema change) {
            return plain("CREATE SCHEMA " + SqlNames.name(change.name()));
        }

        @Override
        public List<SqlStatement> visit(DropSchema change) {
            return plain("DROP SCHEMA " + SqlNames.name(change.name()));
        }

        @Override
        public List<SqlStatement> visit(CreateEnum change) {
            return plain(TypeSql.createEnum(change.type()));
        }

        @Override
        public List<SqlStatement> visit(DropEnum change) {
            return plain("DROP TYPE " + SqlNames.name(change.type().name()));
        }

        @Override
        public List<SqlStatement> visit(AlterEnum change) {
            return EnumSql.alter(change);
        }

        @Override
        public List<SqlStatement> visit(CreateSequence change) {
            return plain(TypeSql.createSequence(change.sequence()));
        }

        @Override
        public List<SqlStatement> visit(DropSequence change) {
            return List.of(SqlStatement.of("DROP SEQUENCE " + SqlNames.name(change.sequence().name()))
                    .with(Hazard.DELETES_DATA, "the position of sequence " + change.sequence().name() + " is lost"));
        }

        @Override
        public List<SqlStatement> visit(AlterSequence change) {
            return plain(TypeSql.alterSequence(change.from(), change.to()));
        }

        @Override
        public List<SqlStatement> visit(CreateTable change) {
            // a table created here is new to every other session: no lock to wait for, no rows to scan
            Table table = change.table();
            List<String> parts = new ArrayList<>();
            table.columns().forEach(c -> parts.add(ColumnSql.definition(c)));
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
            if (options.replicaIdentity() != null) {
                sql.add("ALTER TABLE " + SqlNames.name(table.name()) + " REPLICA IDENTITY " + options.replicaIdentity());
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

        @Override
        public List<SqlStatement> visit(DropTable change) {
            QualifiedName table = change.table().name();
            SqlStatement drop = SqlStatement.of("DROP TABLE " + SqlNames.name(table))
                    .with(Hazard.DELETES_DATA, "the rows of " + table + " are lost");
            return List.of(Locks.accessExclusive(drop, table, Locks.BRIEF));
        }

        @Override
        public List<SqlStatement> visit(RenameTable change) {
            SqlStatement rename = SqlStatement.of("ALTER TABLE " + SqlNames.name(change.from()) + " RENAME TO "
                    + SqlNames.name(change.to().name()));
            return List.of(Locks.accessExclusive(rename, change.from(), Locks.BRIEF));
        }

        @Override
        public List<SqlStatement> visit(RepartitionTable change) {
            return RepartitionSql.statements(change);
        }

        @Override
        public List<SqlStatement> visit(AlterTableComment change) {
            return List.of(Locks.shareUpdateExclusive(SqlStatement.of(commentOnTable(change.toTable(), change.to())),
                    change.toTable()));
        }

        @Override
        public List<SqlStatement> visit(AlterTableOptions change) {
            return TableOptionsSql.alter(change);
        }

        @Override
        public List<SqlStatement> visit(AttachPartition change) {
            return PartitionSql.attachStatement(change.table(), change.partitionOf());
        }

        @Override
        public List<SqlStatement> visit(DetachPartition change) {
            return PartitionSql.detachStatement(change.table(), change.partitionOf(), change.boundCheck());
        }

        @Override
        public List<SqlStatement> visit(AlterTableInheritance change) {
            return PartitionSql.inheritance(change.table(), change.parent(), change.inherit());
        }

        @Override
        public List<SqlStatement> visit(AddColumn change) {
            return ColumnChangeSql.add(change.table(), change.column());
        }

        @Override
        public List<SqlStatement> visit(DropColumn change) {
            return List.of(ColumnChangeSql.drop(change.table(), change.column()));
        }

        @Override
        public List<SqlStatement> visit(RenameColumn change) {
            SqlStatement rename = SqlStatement.of("ALTER TABLE " + SqlNames.name(change.fromTable()) + " RENAME COLUMN "
                    + SqlNames.name(change.from()) + " TO " + SqlNames.name(change.to()));
            return List.of(Locks.accessExclusive(rename, change.fromTable(), Locks.BRIEF));
        }

        @Override
        public List<SqlStatement> visit(AlterColumnType change) {
            return ColumnChangeSql.type(change);
        }

        @Override
        public List<SqlStatement> visit(AlterColumnNullability change) {
            return ColumnChangeSql.nullability(change);
        }

        @Override
        public List<SqlStatement> visit(AlterColumnDefault change) {
            return ColumnChangeSql.defaultValue(change);
        }

        @Override
        public List<SqlStatement> visit(AlterColumnIdentity change) {
            return ColumnChangeSql.identity(change);
        }

        @Override
        public List<SqlStatement> visit(AlterColumnGenerated change) {
            return ColumnChangeSql.generated(change);
        }

        @Override
        public List<SqlStatement> visit(AlterColumnComment change) {
            return List.of(ColumnChangeSql.comment(change.toTable(), change.to()));
        }

        @Override
        public List<SqlStatement> visit(AddPrimaryKey change) {
            if (change.usingIndex()) {
                return commented(change.table(), change.key(), keyAttach(change.table(), change.key(),
                        " (its columns are NOT NULL already, so none is scanned)"));
            }
            return commented(change.table(), change.key(),
                    keyBuild(change.table(), ConstraintSql.primaryKey(change.key()), "primary key " + change.key().name()));
        }

        @Override
        public List<SqlStatement> visit(DropPrimaryKey change) {
            return List.of(keyDrop(change.table(), change.key().name()));
        }

        @Override
        public List<SqlStatement> visit(AddForeignKey change) {
            QualifiedName table = change.table();
            SqlStatement add = SqlStatement.of(ConstraintSql.addConstraint(table, ConstraintSql.foreignKey(change.foreignKey())));
            // NOT VALID: existing rows are not checked, so nothing is scanned and the lock is brief
            if (!change.foreignKey().notValid()) {
                add = Locks.scan(add, table, "to validate foreign key " + change.foreignKey().name());
            }
            return commented(table, change.foreignKey(), Locks.shareRowExclusive(add, table, change.foreignKey().referencedTable()));
        }

        @Override
        public List<SqlStatement> visit(DropForeignKey change) {
            QualifiedName table = change.table();
            QualifiedName referenced = change.foreignKey().referencedTable();
            SqlStatement drop = SqlStatement.of(ConstraintSql.dropConstraint(table, change.foreignKey().name()));
            // its triggers on the referenced table go too, under that table's lock
            drop = Locks.accessExclusive(drop, table, Locks.BRIEF);
            return List.of(referenced.equals(table) ? drop : Locks.accessExclusive(drop, referenced, Locks.BRIEF));
        }

        @Override
        public List<SqlStatement> visit(AddUniqueConstraint change) {
            if (change.usingIndex()) {
                return commented(change.table(), change.constraint(), keyAttach(change.table(), change.constraint(), ""));
            }
            return commented(change.table(), change.constraint(), keyBuild(change.table(),
                    ConstraintSql.unique(change.constraint()), "unique constraint " + change.constraint().name()));
        }

        @Override
        public List<SqlStatement> visit(DropUniqueConstraint change) {
            return List.of(keyDrop(change.table(), change.constraint().name()));
        }

        @Override
        public List<SqlStatement> visit(AddCheckConstraint change) {
            QualifiedName table = change.table();
            SqlStatement add = SqlStatement.of(ConstraintSql.addConstraint(table, ConstraintSql.check(change.constraint())));
            if (change.constraint().notValid()) {
                return commented(table, change.constraint(), Locks.accessExclusive(add, table, Locks.BRIEF));
            }
            add = Locks.scan(add, table, "to validate check " + change.constraint().name());
            return commented(table, change.constraint(), Locks.accessExclusive(add, table, "while every row is checked"));
        }

        @Override
        public List<SqlStatement> visit(DropCheckConstraint change) {
            return List.of(Locks.accessExclusive(SqlStatement.of(ConstraintSql.dropConstraint(change.table(),
                    change.constraint().name())), change.table(), Locks.BRIEF));
        }

        @Override
        public List<SqlStatement> visit(RenameConstraint change) {
            SqlStatement rename = SqlStatement.of("ALTER TABLE " + SqlNames.name(change.toTable()) + " RENAME CONSTRAINT "
                    + SqlNames.name(change.from()) + " TO " + SqlNames.name(change.to()));
            return List.of(Locks.accessExclusive(rename, change.toTable(), Locks.BRIEF));
        }

        @Override
        public List<SqlStatement> visit(RenameIndex change) {
            SqlStatement rename = SqlStatement.of("ALTER INDEX " + SqlNames.name(QualifiedName.of(change.toTable().schema(),
                    change.from())) + " RENAME TO " + SqlNames.name(change.to()));
            // ALTER INDEX RENAME takes SHARE UPDATE EXCLUSIVE on the index (PostgreSQL 12 and later)
            return List.of(Locks.shareUpdateExclusive(rename, change.toTable()));
        }

        @Override
        public List<SqlStatement> visit(AlterConstraintComment change) {
            return List.of(Locks.shareUpdateExclusive(SqlStatement.of(ConstraintSql.commentOnConstraint(change.toTable(),
                    change.toConstraint(), change.to())), change.toTable()));
        }

        @Override
        public List<SqlStatement> visit(AlterConstraintValidation change) {
            QualifiedName table = change.toTable();
            String name = change.to().name();
            if (change.validates()) {
                // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: reads and writes go on while the rows are checked
                SqlStatement validate = Locks.scan(SqlStatement.of(ConstraintSql.validate(table, name)), table,
                        "to validate " + name);
                // in a transaction of its own: the lock taken by the ADD ... NOT VALID (or by any other statement
                // of the migration) is released before the rows are checked
                return List.of(Locks.shareUpdateExclusive(validate, table).outsideTransaction("VALIDATE CONSTRAINT"
                        + " commits on its own, so that no lock of the statements before it is held while rows are checked"));
            }
            // PostgreSQL cannot mark a validated constraint NOT VALID: drop it and add it back without checking rows
            List<SqlStatement> sql = new ArrayList<>();
            sql.add(Locks.accessExclusive(SqlStatement.of(ConstraintSql.dropConstraint(table, name)), table, Locks.BRIEF));
            sql.addAll(commented(table, change.to(), Locks.accessExclusive(SqlStatement.of(
                    ConstraintSql.addConstraint(table, ConstraintSql.clause(change.to()))), table, Locks.BRIEF)));
            return sql;
        }

        @Override
        public List<SqlStatement> visit(AlterColumnStorage change) {
            return ColumnChangeSql.storage(change);
        }

        @Override
        public List<SqlStatement> visit(CreateIndex change) {
            QualifiedName table = change.table();
            SqlStatement create = SqlStatement.of(ConstraintSql.createIndex(table, change.index(), change.concurrently()))
                    .with(Hazard.INDEX_BUILD, "builds index " + change.index().name() + " over every row of " + table);
            SqlStatement build = change.concurrently()
                    ? Locks.concurrently(create, table, "while the index is built")
                            .outsideTransaction("CREATE INDEX CONCURRENTLY cannot run in a transaction block")
                    : Locks.share(create, table);
            if (change.index().comment() == null) {
                return List.of(build);
            }
            return List.of(build, Locks.shareUpdateExclusive(SqlStatement.of(
                    ConstraintSql.commentOnIndex(table, change.index().name(), change.index().comment())), table));
        }

        @Override
        public List<SqlStatement> visit(CreatePartitionedIndex change) {
            return PartitionSql.createPartitioned(change);
        }

        @Override
        public List<SqlStatement> visit(DropPartitionedIndex change) {
            return PartitionSql.dropPartitioned(change);
        }

        @Override
        public List<SqlStatement> visit(AlterIndexComment change) {
            return List.of(Locks.shareUpdateExclusive(SqlStatement.of(ConstraintSql.commentOnIndex(change.toTable(),
                    change.toIndex(), change.to())), change.toTable()));
        }

        @Override
        public List<SqlStatement> visit(DropIndex change) {
            QualifiedName table = change.table();
            SqlStatement drop = SqlStatement.of(ConstraintSql.dropIndex(table, change.index(), change.concurrently()))
                    .with(Hazard.INDEX_DROPPED, "queries of " + table + " that used " + change.index().name()
                            + " may become slow");
            if (change.concurrently()) {
                return List.of(Locks.concurrently(drop, table, "while queries using the index finish")
                        .outsideTransaction("DROP INDEX CONCURRENTLY cannot run in a transaction block"));
            }
            return List.of(Locks.accessExclusive(drop, table, Locks.BRIEF));
        }

        /** ADD PRIMARY KEY / UNIQUE: builds the key's index under an ACCESS EXCLUSIVE lock. */
        private static SqlStatement keyBuild(QualifiedName table, String clause, String what) {
            SqlStatement add = SqlStatement.of(ConstraintSql.addConstraint(table, clause))
                    .with(Hazard.INDEX_BUILD, "builds the index of " + what + " over every row of " + table);
            return Locks.accessExclusive(add, table, "while the index is built");
        }

        /** ADD PRIMARY KEY / UNIQUE USING INDEX: the index built concurrently before becomes the constraint's. */
        private static SqlStatement keyAttach(QualifiedName table, TableConstraint key, String detail) {
            SqlStatement add = SqlStatement.of(ConstraintSql.addConstraint(table, ConstraintSql.usingIndex(key)));
            return Locks.accessExclusive(add, table, "briefly: index " + key.name() + " exists, only the catalog changes"
                    + detail);
        }

        /** DROP CONSTRAINT of a primary key or unique constraint: its index goes with it. */
        private static SqlStatement keyDrop(QualifiedName table, String name) {
            SqlStatement drop = SqlStatement.of(ConstraintSql.dropConstraint(table, name))
                    .with(Hazard.INDEX_DROPPED, "the index of " + name + " goes with it; queries of " + table
                            + " that used it may become slow");
            return Locks.accessExclusive(drop, table, Locks.BRIEF);
        }

        /** {@code add}, then COMMENT ON CONSTRAINT when the constraint has a comment. */
        private static List<SqlStatement> commented(QualifiedName table, TableConstraint constraint, SqlStatement add) {
            if (constraint.comment() == null) {
                return List.of(add);
            }
            return List.of(add, Locks.shareUpdateExclusive(SqlStatement.of(ConstraintSql.commentOnConstraint(table,
                    constraint.name(), constraint.comment())), table));
        }

        private static List<SqlStatement> plain(String sql) {
            return List.of(SqlStatement.of(sql));
        }

        private static List<SqlStatement> plain(List<String> sql) {
            return sql.stream().map(SqlStatement::of).toList();
        }

        private static String commentOnTable(QualifiedName table, String comment) {
            return "COMMENT ON TABLE " + SqlNames.name(table) + " IS " + SqlNames.literal(comment);
        }
    }
}
