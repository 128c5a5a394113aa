package dev.retort.diff.kind.table;

import dev.retort.diff.change.AttachIndexCopy;
import dev.retort.diff.change.DetachIndexCopy;
import dev.retort.diff.change.PartitionIndexCopy;
import dev.retort.diff.change.RenameIndexCopy;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;

/**
 * IndexCopySql writes the statements that attach a partition's index to its parent's and name it.
 */
public final class IndexCopySql {

    private IndexCopySql() {
    }

    /**
     * A DO block that finds the copy through the catalog and renames it where its name is not the target's; nothing
     * where the target leaves the name to PostgreSQL.
     */
    public static List<SqlStatement> rename(RenameIndexCopy change) {
        PartitionIndexCopy to = change.to();
        if (to.name() == null) {
            return List.of();
        }
        String lookup = "DO $retort_copy$\nDECLARE\n    retort_copy text;\nBEGIN\n"
                + "    " + CopyNames.copyLookup(QualifiedName.of(to.parent().schema(), to.parentIndex()), to.partition());
        String body;
        if (change.keyMade() != null) {
            // USING INDEX renames the index after the key
            body = lookup + "\n    EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I " + change.keyMade()
                    + " USING INDEX %I', " + SqlNames.literal(to.partition().schema()) + ", "
                    + SqlNames.literal(to.partition().name()) + ", " + SqlNames.literal(to.name())
                    + ", retort_copy);\nEND\n$retort_copy$";
            return List.of(Locks.accessExclusive(SqlStatement.of(body), to.partition(), Locks.BRIEF));
        }
        body = lookup
                + "\n    IF retort_copy IS NOT NULL AND retort_copy <> " + SqlNames.literal(to.name())
                + " THEN\n        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', "
                + SqlNames.literal(to.partition().schema()) + ", retort_copy, " + SqlNames.literal(to.name())
                + ");\n    END IF;\nEND\n$retort_copy$";
        // ALTER INDEX RENAME takes SHARE UPDATE EXCLUSIVE on the index
        return List.of(Locks.shareUpdateExclusive(SqlStatement.of(body), to.partition()));
    }

    /** The index built (concurrently) where the partition has none, the key it backs, the attach and the rename. */
    public static List<SqlStatement> attach(AttachIndexCopy change) {
        PartitionIndexCopy copy = change.copy();
        QualifiedName partition = copy.partition();
        String local = change.own() != null ? change.own() : copy.name();
        List<SqlStatement> sql = new ArrayList<>();
        if (change.build() != null) {
            sql.add(Locks.concurrently(SqlStatement.of(ConstraintSql.createIndex(partition, change.build().withComment(null),
                    true)).with(Hazard.INDEX_BUILD, "builds index " + local + " over every row of " + partition),
                    partition, "while the index is built")
                    .outsideTransaction("CREATE INDEX CONCURRENTLY cannot run in a transaction block"));
        }
        if (change.constraint() != null) {
            // the parent's index backs a key: only an index backing the same kind of key can be attached to it
            sql.add(Locks.accessExclusive(SqlStatement.of("ALTER TABLE " + SqlNames.name(partition) + " ADD CONSTRAINT "
                    + SqlNames.name(local) + " " + change.constraint() + " USING INDEX " + SqlNames.name(local)),
                    partition, Locks.BRIEF));
        }
        sql.add(Locks.shareUpdateExclusive(SqlStatement.of("ALTER INDEX "
                + SqlNames.name(QualifiedName.of(copy.parent().schema(), copy.parentIndex())) + " ATTACH PARTITION "
                + SqlNames.name(QualifiedName.of(partition.schema(), local))), partition));
        if (!local.equals(copy.name())) {
            sql.add(Locks.shareUpdateExclusive(SqlStatement.of("ALTER INDEX "
                    + SqlNames.name(QualifiedName.of(partition.schema(), local)) + " RENAME TO "
                    + SqlNames.name(copy.name())), partition));
        }
        return sql;
    }

    /** A statement that only says the index stays attached: PostgreSQL cannot detach one. */
    public static List<SqlStatement> detach(DetachIndexCopy change) {
        PartitionIndexCopy copy = change.copy();
        String what = "index " + copy.name() + " of " + copy.partition() + " stays attached to " + copy.parentIndex()
                + ": PostgreSQL cannot detach an index from a partitioned index";
        SqlStatement notice = SqlStatement.of("DO $retort_notice$\nBEGIN\n    RAISE NOTICE '%', "
                + SqlNames.literal(what) + ";\nEND\n$retort_notice$").with(Hazard.IRREVERSIBLE, what
                + "; drop the parent's index and build it again ON ONLY to undo the attach");
        return List.of(notice);
    }
}
