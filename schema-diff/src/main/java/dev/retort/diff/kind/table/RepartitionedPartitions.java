package dev.retort.diff.kind.table;

import dev.retort.diff.change.RepartitionTable;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.InheritedColumns;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableHierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RepartitionedPartitions covers a repartitioning by copy of a table that is itself a partition (say a partition that
 * becomes sub-partitioned, and back): the new form is built under the temporary name as a table of its own, with
 * the parent's columns, keys, unique constraints, checks, indexes and foreign keys as its own (so that the ATTACH
 * adopts them and builds nothing) and a CHECK copy of the partition's bound (so that the ATTACH scans none of its
 * rows); at the swap the old partition is detached and the new one attached with the same bound.
 *
 * <p>Refused, naming the table and the way around: a table that inherits, one that becomes or stops being a
 * partition, or moves to another parent or bound, in the same migration; a partition whose parent is itself a
 * partition; a sub-partitioned form under a parent with an identity column (PostgreSQL does not carry the identity
 * to the partitions of an attached table, and a later DETACH fails); a parent whose keys, indexes, checks or foreign keys change in the same migration; and a parent that a
 * foreign key references (DETACH fails while rows refer to the partition's).
 */
final class RepartitionedPartitions {

    /** The CHECK copy of the bound that the new form has until it is attached. */
    static final String BOUND_CHECK = "retort_bound_check";

    private RepartitionedPartitions() {
    }

    /**
     * The parent of a partition converted on both sides (with its effective columns), null for a table that is no
     * partition on either side; refuses the variants that cannot be done safely.
     */
    static Table parent(SchemaModel fromModel, Table source, SchemaModel toModel, Table target) {
        QualifiedName name = target.name();
        if (!source.hierarchy().inherits().isEmpty() || !target.hierarchy().inherits().isEmpty()) {
            throw refused(name, "converts no table that inherits (INHERITS); remove the inheritance first, in a"
                    + " migration of its own");
        }
        PartitionOf before = source.hierarchy().partitionOf();
        PartitionOf after = target.hierarchy().partitionOf();
        if (before == null && after == null) {
            return null;
        }
        if (!Objects.equals(before, after)) {
            throw refused(name, "converts a partition only where it stays a partition of the same parent with the same"
                    + " bound; attach or detach it, or move it to its new bound, in a migration of its own");
        }
        Table oldParent = fromModel.table(before.parent()).orElseThrow();
        Table newParent = toModel.table(after.parent()).orElseThrow();
        if (newParent.hierarchy().isPartition() || oldParent.hierarchy().isPartition()) {
            throw refused(name, "converts a partition of a top-level partitioned table only, and " + after.parent()
                    + " is itself a partition; convert " + after.parent() + " instead, or detach " + name.name()
                    + " first (in a migration of its own)");
        }
        Table oldEffective = InheritedColumns.effective(fromModel, oldParent);
        Table newEffective = InheritedColumns.effective(toModel, newParent);
        if (!members(oldEffective).equals(members(newEffective))) {
            throw refused(name, "builds the new form with the columns, keys, indexes, checks and foreign keys of its"
                    + " parent " + after.parent() + ", which change in the same migration; change the parent in a"
                    + " migration of its own");
        }
        if ((source.hierarchy().partitioned() || target.hierarchy().partitioned())
                && newEffective.columns().stream().anyMatch(c -> c.identity() != null)) {
            // PostgreSQL (17) marks the identity on an attached partitioned table but not on its partitions, and a
            // later DETACH of it then fails ("column ... is not an identity column")
            throw refused(name, "would attach a sub-partitioned form to " + after.parent() + ", whose identity column"
                    + " PostgreSQL does not carry to the partitions of an attached table (a later DETACH fails); create"
                    + " the sub-partitioned form as a new partition (CREATE TABLE ... PARTITION OF ... PARTITION BY) and"
                    + " move the rows by hand, or use a sequence default (serial) instead of the identity");
        }
        for (SchemaModel model : List.of(fromModel, toModel)) {
            for (Table table : model.tables()) {
                for (ForeignKey key : table.foreignKeys()) {
                    if (key.referencedTable().equals(after.parent())) {
                        throw refused(name, "detaches the partition from " + after.parent() + " and attaches the new"
                                + " form, and foreign key " + key.name() + " of " + table.name() + " references "
                                + after.parent() + " (the detach fails while rows refer to the partition's); drop the"
                                + " foreign key in a migration of its own first, or detach " + name.name()
                                + " and convert it as a table of its own");
                    }
                }
            }
        }
        return newEffective;
    }

    private static PartitioningRefused refused(QualifiedName name, String why) {
        return new PartitioningRefused("table " + name + ": repartitionByCopyingRows() " + why);
    }

    // what a partition has from its parent
    private static List<Object> members(Table parent) {
        return List.of(parent.columns(), Objects.requireNonNullElse(parent.primaryKey(), ""),
                parent.uniqueConstraints(), parent.checkConstraints(), parent.indexes(), parent.foreignKeys());
    }

    /**
     * The side's table as the copy and the new form see it: for a partition, a table of its own with the parent's
     * columns (the identity left to the parent, which the partition shares after the attach), key, unique
     * constraints, checks, indexes and foreign keys, the copies under the names PostgreSQL gives a partition's, and
     * no parent; else the table itself.
     */
    static Table standalone(RepartitionTable.Side side) {
        Table table = side.table();
        Table parent = side.parent();
        if (parent == null) {
            return table;
        }
        String own = table.name().name();
        Table out = table.withHierarchy(new TableHierarchy(table.hierarchy().partitionBy(), null, List.of()))
                .withColumns(parent.columns().stream().map(c -> c.withIdentity(null).withComment(null)).toList());
        if (parent.primaryKey() != null) {
            out = out.withPrimaryKey(parent.primaryKey().withName(Identifiers.madeName(own, null, "pkey"))
                    .withComment(null));
        }
        out = out.withUniqueConstraints(concat(parent.uniqueConstraints().stream().map(u -> u.withName(
                Identifiers.madeName(own, joined(u.columns(), u.include()), "key")).withComment(null)).toList(),
                table.uniqueConstraints()));
        List<CheckConstraint> checks = concat(parent.checkConstraints(), table.checkConstraints());
        out = out.withCheckConstraints(checks);
        List<Index> indexes = concat(parent.indexes().stream().map(i -> i.withName(Identifiers.madeName(own,
                joined(i.elements().stream().map(e -> e.isExpression() ? "expr" : e.column()).toList(), i.include()),
                "idx")).withComment(null)).toList(), table.indexes());
        return out.withIndexes(indexes).withForeignKeys(concat(parent.foreignKeys(), table.foreignKeys()));
    }

    /**
     * Before the detach, the old partition's copies of its parent's indexes (named by PostgreSQL, found through
     * pg_inherits) go to backup names, so that the new form's take the names a fresh partition's have.
     */
    static List<SqlStatement> copiesToBackup(RepartitionTable.Side from, QualifiedName table, String backupSuffix) {
        List<SqlStatement> sql = new ArrayList<>();
        String schema = from.parent().name().schema();
        for (String index : parentIndexes(from.parent())) {
            sql.add(SqlStatement.of("SELECT c.relname INTO retort_copy FROM pg_inherits i JOIN pg_class c ON c.oid ="
                    + " i.inhrelid JOIN pg_index x ON x.indexrelid = c.oid WHERE i.inhparent = to_regclass("
                    + SqlNames.literal(SqlNames.name(QualifiedName.of(schema, index))) + ") AND x.indrelid = to_regclass("
                    + SqlNames.literal(SqlNames.name(table)) + ")"));
            sql.add(SqlStatement.of("IF retort_copy IS NOT NULL THEN\n    EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', "
                    + SqlNames.literal(table.schema()) + ", retort_copy, " + SqlNames.literal(RepartitionNames.with(
                    Identifiers.madeName(table.name(), index, "copy"), backupSuffix)) + ");\nEND IF"));
        }
        return sql;
    }

    /** The names of the parent's indexes (a key's and a unique constraint's index has its name). */
    static List<String> parentIndexes(Table parent) {
        List<String> names = new ArrayList<>();
        if (parent.primaryKey() != null) {
            names.add(parent.primaryKey().name());
        }
        parent.uniqueConstraints().forEach(u -> names.add(u.name()));
        parent.indexes().forEach(i -> names.add(i.name()));
        return names;
    }

    private static String joined(List<String> columns, List<String> include) {
        List<String> all = new ArrayList<>(columns);
        all.addAll(include);
        return String.join("_", all);
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
