package dev.retort.diff.kind.table;

import dev.retort.diff.change.CreatePartitionedIndex;
import dev.retort.diff.change.DetachPartition;
import dev.retort.diff.change.DropPartitionedIndex;
import dev.retort.diff.change.IndexPartition;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableHierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PartitionSql builds the clauses and statements of table hierarchies: {@code PARTITION BY}, {@code PARTITION OF},
 * {@code INHERITS}, {@code ATTACH} / {@code DETACH PARTITION} and {@code INHERIT} / {@code NO INHERIT}.
 */
public final class PartitionSql {

    private PartitionSql() {
    }

    /** {@code CREATE TABLE p PARTITION OF parent FOR VALUES ... [PARTITION BY ...]}, with the table's storage options. */
    static String createPartition(Table table) {
        PartitionOf of = table.hierarchy().partitionOf();
        var options = table.options();
        return "CREATE " + (options.unlogged() ? "UNLOGGED " : "") + "TABLE " + SqlNames.name(table.name())
                + " PARTITION OF " + SqlNames.name(of.parent()) + " " + of.bound()
                + partitionBy(table.hierarchy())
                + (options.storageParameters().isEmpty() ? "" : " WITH (" + String.join(", ", options.storageParameters()) + ")");
    }

    /** What follows the column list of a table that is not a partition: {@code INHERITS (...)}, {@code PARTITION BY ...}. */
    static String inheritsAndPartitionBy(TableHierarchy hierarchy) {
        String inherits = hierarchy.inherits().isEmpty() ? ""
                : " INHERITS (" + hierarchy.inherits().stream().map(SqlNames::name).collect(Collectors.joining(", ")) + ")";
        return inherits + partitionBy(hierarchy);
    }

    private static String partitionBy(TableHierarchy hierarchy) {
        return hierarchy.partitioned() ? " PARTITION BY " + hierarchy.partitionBy().sql() : "";
    }

    /**
     * A new partition or inheriting table takes an ACCESS EXCLUSIVE lock on its parent (and a new partition's bound is
     * checked against the rows of a default partition): the first statement says so.
     */
    static List<SqlStatement> lockingParent(Table table, List<SqlStatement> statements) {
        List<QualifiedName> parents = table.hierarchy().parents();
        if (parents.isEmpty()) {
            return statements;
        }
        List<SqlStatement> out = new ArrayList<>(statements);
        SqlStatement first = out.get(0);
        for (QualifiedName parent : parents) {
            first = Locks.accessExclusive(first, parent, Locks.BRIEF);
        }
        out.set(0, first);
        return out;
    }

    /** {@code ALTER TABLE parent ATTACH PARTITION t FOR VALUES ...}. */
    static String attach(QualifiedName table, PartitionOf of) {
        return "ALTER TABLE " + SqlNames.name(of.parent()) + " ATTACH PARTITION " + SqlNames.name(table) + " " + of.bound();
    }

    /** {@code ALTER TABLE parent DETACH PARTITION t [CONCURRENTLY]}. */
    static String detach(QualifiedName table, PartitionOf of, boolean concurrently) {
        return "ALTER TABLE " + SqlNames.name(of.parent()) + " DETACH PARTITION " + SqlNames.name(table)
                + (concurrently ? " CONCURRENTLY" : "");
    }

    /** ATTACH PARTITION: SHARE UPDATE EXCLUSIVE on the parent, ACCESS EXCLUSIVE on the table while its rows are checked. */
    public static List<SqlStatement> attachStatement(QualifiedName table, PartitionOf of) {
        SqlStatement attach = Locks.scan(SqlStatement.of(attach(table, of)), table, "to check them against the bound"
                + " (and of a default partition, which must hold none of them)");
        attach = Locks.accessExclusive(attach, table, "while its rows are checked against the bound");
        return List.of(Locks.shareUpdateExclusive(attach, of.parent()));
    }

    /**
     * The copies of the parent's indexes and foreign keys renamed as the table declares them (see {@link CopyNames}),
     * then the DETACH, then the drops of the copies the table does not declare.
     */
    public static List<SqlStatement> detachStatements(DetachPartition change) {
        List<SqlStatement> sql = new ArrayList<>();
        SqlStatement renames = CopyNames.renames(change.table(), change.partitionOf().parent(), change.copyNames(),
                change.foreignKeyNames());
        if (renames != null) {
            sql.add(renames);
        }
        sql.addAll(detachStatement(change.table(), change.partitionOf(), change.boundCheck()));
        SqlStatement drops = CopyNames.drops(change.table(), change.copyNames());
        if (drops != null) {
            sql.add(drops);
        }
        SqlStatement foreignKeyDrops = CopyNames.foreignKeyDrops(change.table(), change.foreignKeyNames());
        if (foreignKeyDrops != null) {
            sql.add(foreignKeyDrops);
        }
        return sql;
    }

    /** DETACH PARTITION: ACCESS EXCLUSIVE on both; CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, outside a transaction. */
    public static List<SqlStatement> detachStatement(QualifiedName table, PartitionOf of, String boundCheck) {
        SqlStatement detach = SqlStatement.of(detach(table, of, boundCheck != null));
        if (boundCheck != null) {
            // the CHECK copy of the bound that DETACH CONCURRENTLY leaves is not part of the declared table
            return List.of(Locks.concurrently(Locks.concurrently(detach, of.parent(), "while running queries finish"),
                    table, "while running queries finish")
                    .outsideTransaction("DETACH PARTITION CONCURRENTLY cannot run in a transaction block"),
                    Locks.accessExclusive(SqlStatement.of("ALTER TABLE " + SqlNames.name(table)
                            + " DROP CONSTRAINT IF EXISTS " + SqlNames.name(boundCheck)), table, Locks.BRIEF));
        }
        return List.of(Locks.accessExclusive(Locks.accessExclusive(detach, of.parent(), Locks.BRIEF), table, Locks.BRIEF));
    }

    /** INHERIT / NO INHERIT: ACCESS EXCLUSIVE on the table; INHERIT reads its rows for nothing but the catalog. */
    public static List<SqlStatement> inheritance(QualifiedName table, QualifiedName parent, boolean inherit) {
        SqlStatement alter = SqlStatement.of("ALTER TABLE " + SqlNames.name(table) + (inherit ? " INHERIT " : " NO INHERIT ")
                + SqlNames.name(parent));
        return List.of(Locks.accessExclusive(alter, table, Locks.BRIEF));
    }

    /**
     * The lock-safe build of a partitioned index: ON ONLY on the parent (and on each sub-partitioned partition), each
     * leaf's index built CONCURRENTLY outside a transaction and attached, the sub-partitioned ones attached last.
     */
    public static List<SqlStatement> createPartitioned(CreatePartitionedIndex change) {
        QualifiedName table = change.table();
        Index index = change.index();
        String schema = table.schema();
        List<SqlStatement> sql = new ArrayList<>();
        sql.add(Locks.share(SqlStatement.of(ConstraintSql.createIndexOnOnly(table, index)), table));
        List<IndexPartition> later = new ArrayList<>();
        for (IndexPartition part : change.partitions()) {
            Index own = index.withName(part.index()).withComment(null);
            if (part.partitioned()) {
                sql.add(Locks.share(SqlStatement.of(ConstraintSql.createIndexOnOnly(part.table(), own)), part.table()));
                later.add(0, part);
                continue;
            }
            sql.add(Locks.concurrently(SqlStatement.of(ConstraintSql.createIndex(part.table(), own, true))
                    .with(Hazard.INDEX_BUILD, "builds index " + own.name() + " over every row of " + part.table()),
                    part.table(), "while the index is built")
                    .outsideTransaction("CREATE INDEX CONCURRENTLY cannot run in a transaction block"));
            sql.add(attachIndex(schema, part));
        }
        later.forEach(part -> sql.add(attachIndex(schema, part)));
        if (index.comment() != null) {
            sql.add(Locks.shareUpdateExclusive(SqlStatement.of(ConstraintSql.commentOnIndex(table, index.name(),
                    index.comment())), table));
        }
        return sql;
    }

    private static SqlStatement attachIndex(String schema, IndexPartition part) {
        return Locks.shareUpdateExclusive(SqlStatement.of("ALTER INDEX " + SqlNames.name(QualifiedName.of(schema,
                part.attachTo())) + " ATTACH PARTITION " + SqlNames.name(QualifiedName.of(part.table().schema(),
                part.index()))),
                part.table());
    }

    /** DROP INDEX of a partitioned index (never CONCURRENTLY: PostgreSQL refuses it); the partitions' go with it. */
    public static List<SqlStatement> dropPartitioned(DropPartitionedIndex change) {
        QualifiedName table = change.table();
        SqlStatement drop = ConstraintSql.cascadingToKeys(ConstraintSql.dropIndex(table, change.index(), false), table,
                        change.index().name(), change.partitionKeys())
                .with(Hazard.INDEX_DROPPED, "queries of " + table + " and its partitions that used "
                        + change.index().name() + " may become slow");
        return List.of(Locks.accessExclusive(drop, table, Locks.BRIEF));
    }
}
