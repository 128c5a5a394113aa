package dev.retort.diff.kind.table;

import dev.retort.diff.change.AddCheckConstraint;
import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.AddPrimaryKey;
import dev.retort.diff.change.AddUniqueConstraint;
import dev.retort.diff.change.AlterConstraintComment;
import dev.retort.diff.change.AlterConstraintValidation;
import dev.retort.diff.change.DropCheckConstraint;
import dev.retort.diff.change.DropForeignKey;
import dev.retort.diff.change.DropPrimaryKey;
import dev.retort.diff.change.DropUniqueConstraint;
import dev.retort.diff.change.RenameConstraint;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.TableConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * KeySql writes the statements of primary keys, unique constraints, foreign keys and checks: add, drop, rename, comment and validate, each with the lock it takes.
 */
public final class KeySql {

    private KeySql() {
    }

    /** ADD PRIMARY KEY, building its index or taking over one built concurrently. */
    public static List<SqlStatement> addPrimaryKey(AddPrimaryKey change) {
        if (change.usingIndex()) {
            return commented(change.table(), change.key(), keyAttach(change.table(), change.key(),
                    " (its columns are NOT NULL already, so none is scanned)"));
        }
        return commented(change.table(), change.key(),
                keyBuild(change.table(), ConstraintSql.primaryKey(change.key()), "primary key " + change.key().name()));
    }

    /** DROP CONSTRAINT of a primary key. */
    public static List<SqlStatement> dropPrimaryKey(DropPrimaryKey change) {
        return List.of(keyDrop(change.table(), change.key().name()));
    }

    /** ADD FOREIGN KEY, validating existing rows unless NOT VALID. */
    public static List<SqlStatement> addForeignKey(AddForeignKey change) {
        QualifiedName table = change.table();
        SqlStatement add = SqlStatement.of(ConstraintSql.addConstraint(table, ConstraintSql.foreignKey(change.foreignKey())));
        // NOT VALID: existing rows are not checked, so nothing is scanned and the lock is brief
        if (!change.foreignKey().notValid()) {
            add = Locks.scan(add, table, "to validate foreign key " + change.foreignKey().name());
        }
        return commented(table, change.foreignKey(), Locks.shareRowExclusive(add, table, change.foreignKey().referencedTable()));
    }

    /** DROP CONSTRAINT of a foreign key. */
    public static List<SqlStatement> dropForeignKey(DropForeignKey change) {
        QualifiedName table = change.table();
        QualifiedName referenced = change.foreignKey().referencedTable();
        SqlStatement drop = SqlStatement.of(ConstraintSql.dropConstraint(table, change.foreignKey().name()));
        // its triggers on the referenced table go too, under that table's lock
        drop = Locks.accessExclusive(drop, table, Locks.BRIEF);
        return List.of(referenced.equals(table) ? drop : Locks.accessExclusive(drop, referenced, Locks.BRIEF));
    }

    /** ADD UNIQUE, building its index or taking over one built concurrently. */
    public static List<SqlStatement> addUnique(AddUniqueConstraint change) {
        if (change.usingIndex()) {
            return commented(change.table(), change.constraint(), keyAttach(change.table(), change.constraint(), ""));
        }
        return commented(change.table(), change.constraint(), keyBuild(change.table(),
                ConstraintSql.unique(change.constraint()), "unique constraint " + change.constraint().name()));
    }

    /** DROP CONSTRAINT of a unique constraint. */
    public static List<SqlStatement> dropUnique(DropUniqueConstraint change) {
        return List.of(keyDrop(change.table(), change.constraint().name()));
    }

    /** ADD CHECK, scanning the rows unless NOT VALID. */
    public static List<SqlStatement> addCheck(AddCheckConstraint change) {
        QualifiedName table = change.table();
        SqlStatement add = SqlStatement.of(ConstraintSql.addConstraint(table, ConstraintSql.check(change.constraint())));
        if (change.constraint().notValid()) {
            return commented(table, change.constraint(), Locks.accessExclusive(add, table, Locks.BRIEF));
        }
        add = Locks.scan(add, table, "to validate check " + change.constraint().name());
        return commented(table, change.constraint(), Locks.accessExclusive(add, table, "while every row is checked"));
    }

    /** DROP CONSTRAINT of a check. */
    public static List<SqlStatement> dropCheck(DropCheckConstraint change) {
        return List.of(Locks.accessExclusive(SqlStatement.of(ConstraintSql.dropConstraint(change.table(),
                change.constraint().name())), change.table(), Locks.BRIEF));
    }

    /** ALTER TABLE ... RENAME CONSTRAINT. */
    public static List<SqlStatement> rename(RenameConstraint change) {
        SqlStatement rename = SqlStatement.of("ALTER TABLE " + SqlNames.name(change.toTable()) + " RENAME CONSTRAINT "
                + SqlNames.name(change.from()) + " TO " + SqlNames.name(change.to()));
        return List.of(Locks.accessExclusive(rename, change.toTable(), Locks.BRIEF));
    }

    /** COMMENT ON CONSTRAINT. */
    public static List<SqlStatement> comment(AlterConstraintComment change) {
        return List.of(Locks.shareUpdateExclusive(SqlStatement.of(ConstraintSql.commentOnConstraint(change.toTable(),
                change.toConstraint(), change.to())), change.toTable()));
    }

    /** VALIDATE CONSTRAINT, or drop and add back NOT VALID. */
    public static List<SqlStatement> validation(AlterConstraintValidation change) {
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
}
