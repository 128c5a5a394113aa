package dev.retort.diff.kind.table;

import dev.retort.diff.change.AlterIndexComment;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.RenameIndex;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;

import java.util.List;

/**
 * IndexSql writes the statements that create, drop, rename and comment an index, concurrently where the plan asks for it.
 */
public final class IndexSql {

    private IndexSql() {
    }

    /** CREATE INDEX [CONCURRENTLY], then its comment. */
    public static List<SqlStatement> create(CreateIndex change) {
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

    /** DROP INDEX [CONCURRENTLY]. */
    public static List<SqlStatement> drop(DropIndex change) {
        QualifiedName table = change.table();
        SqlStatement drop = ConstraintSql.cascadingToKeys(ConstraintSql.dropIndex(table, change.index(),
                        change.concurrently()), table, change.index().name(), change.partitionKeys())
                .with(Hazard.INDEX_DROPPED, "queries of " + table + " that used " + change.index().name()
                        + " may become slow");
        if (change.concurrently()) {
            return List.of(Locks.concurrently(drop, table, "while queries using the index finish")
                    .outsideTransaction("DROP INDEX CONCURRENTLY cannot run in a transaction block"));
        }
        return List.of(Locks.accessExclusive(drop, table, Locks.BRIEF));
    }

    /** ALTER INDEX ... RENAME TO. */
    public static List<SqlStatement> rename(RenameIndex change) {
        SqlStatement rename = SqlStatement.of("ALTER INDEX " + SqlNames.name(QualifiedName.of(change.toTable().schema(),
                change.from())) + " RENAME TO " + SqlNames.name(change.to()));
        // ALTER INDEX RENAME takes SHARE UPDATE EXCLUSIVE on the index (PostgreSQL 12 and later)
        return List.of(Locks.shareUpdateExclusive(rename, change.toTable()));
    }

    /** COMMENT ON INDEX. */
    public static List<SqlStatement> comment(AlterIndexComment change) {
        return List.of(Locks.shareUpdateExclusive(SqlStatement.of(ConstraintSql.commentOnIndex(change.toTable(),
                change.toIndex(), change.to())), change.toTable()));
    }
}
