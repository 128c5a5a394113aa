package dev.retort.diff.kind.table;

import dev.retort.diff.change.AlterColumnNullability;
import dev.retort.diff.change.AlterTableInheritance;
import dev.retort.diff.change.AttachPartition;
import dev.retort.diff.change.DetachPartition;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.InheritedColumns;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableHierarchy;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hierarchies handles what a table gets from its parents when the differ compares a pair of tables.
 *
 * <p>A partition's model holds none of its columns and none of what PostgreSQL clones onto it from the parent; an
 * inheriting table's holds only its own columns and checks. While a table keeps its parents, that is compared as it
 * is: the parent's changes reach the children through PostgreSQL. When a table joins or leaves a parent (ATTACH,
 * DETACH, INHERIT, NO INHERIT), both sides are compared with their effective columns, and the parent's keys, indexes,
 * foreign keys and checks that match one of the plain side's by definition count as that one: PostgreSQL adopts a
 * matching index or key on ATTACH and leaves it to the table on DETACH, under the table's own name.
 *
 * <p>Changing whether a table is partitioned, or its partition key, is refused ({@link PartitioningRefused}) unless
 * the declaration allows the conversion by copying rows ({@link Repartitions}), which never reaches here.
 */
final class Hierarchies {

    private Hierarchies() {
    }

    /** The old and new table as the column and member diff compares them: {@code [from, to]}. */
    static Table[] align(SchemaModel fromModel, Table from, SchemaModel toModel, Table to, Renames renames) {
        refuseRepartitioning(from, to);
        if (mapped(from.hierarchy().parents(), renames).equals(to.hierarchy().parents())) {
            return new Table[] {from, to};
        }
        Table f = InheritedColumns.effective(fromModel, from);
        Table t = InheritedColumns.effective(toModel, to);
        f = adopt(fromModel, f, t);
        t = adopt(toModel, t, f);
        return new Table[] {f, t};
    }

    /** ATTACH / DETACH and INHERIT / NO INHERIT for a pair of tables, on the new name. */
    static void changes(SchemaModel fromModel, Table from, SchemaModel toModel, Table to, Renames renames,
                        List<SchemaChange> out) {
        PartitionOf before = from.hierarchy().partitionOf();
        PartitionOf after = to.hierarchy().partitionOf();
        PartitionOf renamed = before == null ? null : new PartitionOf(renames.table(before.parent()), before.bound());
        if (!Objects.equals(renamed, after)) {
            if (before != null) {
                out.add(new DetachPartition(from.name(), before, null, adopted(fromModel, before.parent(), to),
                        CopyNames.of(fromModel, before.parent(), to),
                        CopyNames.foreignKeys(fromModel, before.parent(), to)));
            }
            if (after != null) {
                out.add(new AttachPartition(to.name(), after, null, adopted(toModel, after.parent(), from),
                        CopyNames.of(toModel, after.parent(), from),
                        CopyNames.foreignKeys(toModel, after.parent(), from)));
            }
        }
        if (mapped(from.hierarchy().parents(), renames).equals(to.hierarchy().parents())) {
            notNullChanges(fromModel, from, toModel, to, renames, out);
        }
        List<QualifiedName> kept = mapped(from.hierarchy().inherits(), renames);
        for (QualifiedName parent : from.hierarchy().inherits()) {
            if (!to.hierarchy().inherits().contains(renames.table(parent))) {
                out.add(new AlterTableInheritance(from.name(), parent, false));
            }
        }
        for (QualifiedName parent : to.hierarchy().inherits()) {
            if (!kept.contains(parent)) {
                out.add(new AlterTableInheritance(to.name(), parent, true));
            }
        }
    }

    /**
     * SET / DROP NOT NULL of the inherited columns a table keeping its parents makes NOT NULL beyond them (a table
     * that joins or leaves a parent compares its effective columns instead). A column is carried as the new
     * model's effective one, nullable as each side says. The old side's columns are taken under their new names: a
     * declared rename of the ancestor's column carries the NOT NULL with it (PostgreSQL renames it everywhere).
     */
    private static void notNullChanges(SchemaModel fromModel, Table from, SchemaModel toModel, Table to,
                                       Renames renames, List<SchemaChange> out) {
        List<String> before = from.hierarchy().notNullColumns().stream()
                .map(c -> renamedInherited(fromModel, from, c, renames, new java.util.HashSet<>())).sorted().toList();
        List<String> after = to.hierarchy().notNullColumns();
        if (before.equals(after)) {
            return;
        }
        // the old side's column under its old name: the inverse runs on it once the rename is undone
        java.util.Map<String, String> oldNames = new java.util.HashMap<>();
        for (Column old : InheritedColumns.of(fromModel, from)) {
            oldNames.put(renamedInherited(fromModel, from, old.name(), renames, new java.util.HashSet<>()), old.name());
        }
        List<Column> columns = InheritedColumns.of(toModel, to);
        for (Column column : columns) {
            boolean was = before.contains(column.name());
            boolean is = after.contains(column.name());
            // the parent's own change reaches this table (SET NOT NULL recurses; DROP NOT NULL too, and the
            // parent's change sets this table's again, see KeptNotNull)
            String oldName = oldNames.getOrDefault(column.name(), column.name());
            if (was != is && parentNotNull(fromModel, from, oldName) == parentNotNull(toModel, to, column.name())) {
                Column old = column.withName(oldNames.getOrDefault(column.name(), column.name()));
                out.add(new AlterColumnNullability(from.name(), old.withNullable(!was), to.name(),
                        column.withNullable(!is)));
            }
        }
    }

    /** True where a parent of {@code table} holds {@code column} NOT NULL (its effective column). */
    private static boolean parentNotNull(SchemaModel model, Table table, String column) {
        for (QualifiedName parentName : table.hierarchy().parents()) {
            Table parent = model.table(parentName).orElse(null);
            if (parent != null && InheritedColumns.of(model, parent).stream()
                    .anyMatch(c -> c.name().equals(column) && !c.nullable())) {
                return true;
            }
        }
        return false;
    }

    /** The new name of inherited column {@code column} of {@code table}: as the ancestor holding it is renamed. */
    private static String renamedInherited(SchemaModel model, Table table, String column, Renames renames,
                                           Set<QualifiedName> seen) {
        if (!seen.add(table.name())) {
            return column;
        }
        for (QualifiedName parentName : table.hierarchy().parents()) {
            Table parent = model.table(parentName).orElse(null);
            if (parent == null) {
                continue;
            }
            String renamed = renames.column(parentName, column);
            if (renamed.equals(column)) {
                renamed = renamedInherited(model, parent, column, renames, seen);
            }
            if (!renamed.equals(column)) {
                return renamed;
            }
        }
        return column;
    }

    private static List<QualifiedName> mapped(List<QualifiedName> parents, Renames renames) {
        return parents.stream().map(renames::table).toList();
    }

    private static void refuseRepartitioning(Table from, Table to) {
        PartitionSpec before = from.hierarchy().partitionBy();
        PartitionSpec after = to.hierarchy().partitionBy();
        if (Objects.equals(before, after)) {
            return;
        }
        String what = before == null ? "from a plain table to PARTITION BY " + after.sql()
                : after == null ? "from PARTITION BY " + before.sql() + " to a plain table"
                : "from PARTITION BY " + before.sql() + " to PARTITION BY " + after.sql();
        throw new PartitioningRefused("table " + to.name() + ": cannot change " + what + " in place, and Retort never"
                + " drops a table that the target keeps. Declare t.repartitionByCopyingRows() on " + to.name().name()
                + " to let the migration create the new form under a temporary name, copy the rows in batches and swap"
                + " the names (the old table kept as a backup), or do the same by hand: declare a new table (e.g. "
                + to.name().name() + "_new) with the new partitioning, copy the rows in batches"
                + " (INSERT INTO ... SELECT ...), then swap the names in one migration (ALTER TABLE ... RENAME, declared"
                + " with renamedFrom) and drop the old table in a later one");
    }

    /**
     * {@code side} with the parent's members that PostgreSQL puts on it (a partition gets keys, indexes, foreign keys
     * and checks; an inheriting table checks) where {@code other}, the plain side, has one of the same definition:
     * under that one's name, so that the pair compares equal and nothing is planned for it.
     */
    private static Table adopt(SchemaModel model, Table side, Table other) {
        TableHierarchy hierarchy = side.hierarchy();
        if (hierarchy.parents().isEmpty()) {
            return side;
        }
        List<CheckConstraint> checks = new ArrayList<>(side.checkConstraints());
        for (QualifiedName parentName : hierarchy.parents()) {
            Table parent = model.table(parentName).orElse(null);
            if (parent == null) {
                continue;
            }
            for (CheckConstraint check : parent.checkConstraints()) {
                other.checkConstraints().stream().filter(c -> c.name().equals(check.name())
                        && c.expression().equals(check.expression())).findFirst()
                        .filter(c -> checks.stream().noneMatch(x -> x.name().equals(c.name()))).ifPresent(checks::add);
            }
            if (!hierarchy.isPartition()) {
                continue;
            }
            side = adoptPartitionMembers(side, parent, other);
        }
        return side.withCheckConstraints(checks);
    }

    private static Table adoptPartitionMembers(Table side, Table parent, Table other) {
        PrimaryKey key = side.primaryKey();
        if (key == null && parent.primaryKey() != null && samePrimaryKey(parent.primaryKey(), other.primaryKey())) {
            key = other.primaryKey();
        }
        List<UniqueConstraint> uniques = new ArrayList<>(side.uniqueConstraints());
        for (UniqueConstraint unique : parent.uniqueConstraints()) {
            other.uniqueConstraints().stream().filter(u -> sameUnique(unique, u)).findFirst()
                    .filter(u -> uniques.stream().noneMatch(x -> x.name().equals(u.name()))).ifPresent(uniques::add);
        }
        List<Index> indexes = new ArrayList<>(side.indexes());
        for (Index index : parent.indexes()) {
            other.indexes().stream().filter(i -> sameIndex(index, i)).findFirst()
                    .filter(i -> indexes.stream().noneMatch(x -> x.name().equals(i.name()))).ifPresent(indexes::add);
        }
        List<ForeignKey> keys = new ArrayList<>(side.foreignKeys());
        for (ForeignKey fk : parent.foreignKeys()) {
            other.foreignKeys().stream().filter(k -> sameForeignKey(fk, k)).findFirst()
                    .filter(k -> keys.stream().noneMatch(x -> x.name().equals(k.name()))).ifPresent(keys::add);
        }
        return side.withPrimaryKey(key).withUniqueConstraints(uniques).withIndexes(indexes).withForeignKeys(keys);
    }

    /**
     * The parent's indexes and constraints (named on the parent) that match one of {@code plain}'s by definition: on
     * ATTACH they adopt it, on DETACH they leave it to the table.
     */
    private static Set<ObjectId> adopted(SchemaModel model, QualifiedName parentName, Table plain) {
        Set<ObjectId> ids = new TreeSet<>();
        Table parent = model.table(parentName).orElse(null);
        if (parent == null) {
            return ids;
        }
        if (parent.primaryKey() != null && samePrimaryKey(parent.primaryKey(), plain.primaryKey())) {
            ids.add(ObjectId.constraint(parentName, parent.primaryKey().name()));
        }
        parent.uniqueConstraints().stream().filter(u -> plain.uniqueConstraints().stream().anyMatch(o -> sameUnique(u, o)))
                .forEach(u -> ids.add(ObjectId.constraint(parentName, u.name())));
        parent.indexes().stream().filter(i -> plain.indexes().stream().anyMatch(o -> sameIndex(i, o)))
                .forEach(i -> ids.add(ObjectId.index(parentName, i.name())));
        parent.foreignKeys().stream().filter(k -> plain.foreignKeys().stream().anyMatch(o -> sameForeignKey(k, o)))
                .forEach(k -> ids.add(ObjectId.constraint(parentName, k.name())));
        return ids;
    }

    /**
     * The name of {@code plain}'s own key or index that the parent's index (a key's by the key's name) adopts on
     * ATTACH, being of the same definition; null where there is none and PostgreSQL makes a copy.
     */
    static String adoptedName(Table parent, String parentIndex, Table plain) {
        if (parent.primaryKey() != null && parent.primaryKey().name().equals(parentIndex)) {
            return samePrimaryKey(parent.primaryKey(), plain.primaryKey()) ? plain.primaryKey().name() : null;
        }
        for (UniqueConstraint unique : parent.uniqueConstraints()) {
            if (unique.name().equals(parentIndex)) {
                return plain.uniqueConstraints().stream().filter(u -> sameUnique(unique, u)).map(UniqueConstraint::name)
                        .findFirst().orElse(null);
            }
        }
        for (Index index : parent.indexes()) {
            if (index.name().equals(parentIndex)) {
                return plain.indexes().stream().filter(i -> sameIndex(index, i)).map(Index::name).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static boolean samePrimaryKey(PrimaryKey parent, PrimaryKey own) {
        return own != null && parent.withName(own.name()).withComment(own.comment()).equals(own);
    }

    private static boolean sameUnique(UniqueConstraint parent, UniqueConstraint own) {
        return parent.withName(own.name()).withComment(own.comment()).equals(own);
    }

    private static boolean sameIndex(Index parent, Index own) {
        return parent.withName(own.name()).withComment(own.comment()).equals(own);
    }

    private static boolean sameForeignKey(ForeignKey parent, ForeignKey own) {
        return parent.withName(own.name()).withComment(own.comment()).equals(own);
    }
}
