package dev.retort.diff.kind.table;

import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.DropForeignKey;
import dev.retort.diff.change.RepartitionTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Repartitioning;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Repartitions finds the tables whose partitioning changes (plain to partitioned, partitioned to plain, another
 * partition key) where the declaration allows a conversion by copying rows ({@code t.repartitionByCopyingRows()}),
 * and plans each as one {@link RepartitionTable} with the partitions that go and come with it. The differ leaves
 * those tables and partitions out of its pairwise comparison. Foreign keys of other tables that reference a converted
 * table are dropped before and added again after (else they would follow the old table to its backup name); what
 * the other kinds have on it (views, triggers, policies, grants) is recreated by the general rule for dependents.
 *
 * <p>A table that is a partition on both sides, of the same parent with the same bound, is converted too: see
 * {@link RepartitionedPartitions}, which also says what it refuses there. Refused, with the table named and the way
 * around: a table that inherits, or becomes or stops being a partition, a table without a primary key (the copy is
 * keyed by it), a declared rename, and a partition that exists on both sides (its name would be taken twice while
 * both forms exist).
 */
final class Repartitions {

    private final List<RepartitionTable> conversions = new ArrayList<>();
    private final Set<QualifiedName> fromTables = new HashSet<>();
    private final Set<QualifiedName> toTables = new HashSet<>();

    private Repartitions() {
    }

    static Repartitions find(SchemaModel from, SchemaModel to) {
        Repartitions found = new Repartitions();
        for (Table target : to.tables()) {
            Table source = from.table(target.name()).orElse(null);
            if (source == null || !target.repartitioning().copiesRows()
                    || Objects.equals(source.hierarchy().partitionBy(), target.hierarchy().partitionBy())) {
                continue;
            }
            found.add(from, source, to, target);
        }
        return found;
    }

    private void add(SchemaModel fromModel, Table source, SchemaModel toModel, Table target) {
        QualifiedName name = target.name();
        Table parent = RepartitionedPartitions.parent(fromModel, source, toModel, target);
        if (source.primaryKey() == null && (parent == null || parent.primaryKey() == null)) {
            throw new PartitioningRefused("table " + name + ": repartitionByCopyingRows() copies the rows keyed by the"
                    + " primary key, and the table has none; add one first (in a migration of its own)");
        }
        List<Table> gone = partitions(fromModel, name);
        List<Table> coming = partitions(toModel, name);
        for (Table partition : gone) {
            refuseShared(name, partition, toModel);
        }
        for (Table partition : coming) {
            refuseShared(name, partition, fromModel);
        }
        Repartitioning mode = target.repartitioning();
        conversions.add(new RepartitionTable(
                new RepartitionTable.Side(RenameHints.strip(source), strip(gone), owned(fromModel, name), parent),
                new RepartitionTable.Side(RenameHints.strip(target), strip(coming), owned(toModel, name), parent),
                mode == Repartitioning.COPY_ROWS_DROP_BACKUP));
        fromTables.add(name);
        toTables.add(name);
        gone.forEach(p -> fromTables.add(p.name()));
        coming.forEach(p -> toTables.add(p.name()));
    }

    private static void refuseShared(QualifiedName table, Table partition, SchemaModel other) {
        if (other.table(partition.name()).isPresent()) {
            throw new PartitioningRefused("table " + table + ": repartitionByCopyingRows() creates the new form beside the"
                    + " old one, and " + partition.name() + " is a partition of one form and a table of the other; give"
                    + " the new partition another name (or attach or detach it in a migration of its own)");
        }
    }

    /** Whether the conversions handle {@code table} of the old model (it is neither paired nor dropped). */
    boolean handlesFrom(QualifiedName table) {
        return fromTables.contains(table);
    }

    /** Whether the conversions handle {@code table} of the new model (it is neither paired nor created). */
    boolean handlesTo(QualifiedName table) {
        return toTables.contains(table);
    }

    /**
     * Adds the conversions, and the drop and re-add of every foreign key of another table that references a converted
     * one (unless the diff already drops or adds it).
     */
    void changes(SchemaModel from, SchemaModel to, List<SchemaChange> out) {
        for (RepartitionTable conversion : conversions) {
            QualifiedName name = conversion.table();
            for (Table table : from.tables()) {
                if (!fromTables.contains(table.name())) {
                    references(table, name).map(k -> new DropForeignKey(table.name(), k))
                            .filter(c -> !out.contains(c)).forEach(out::add);
                }
            }
            for (Table table : to.tables()) {
                if (!toTables.contains(table.name())) {
                    references(table, name).map(k -> new AddForeignKey(table.name(), k))
                            .filter(c -> !out.contains(c)).forEach(out::add);
                }
            }
            out.add(conversion);
        }
    }

    private static java.util.stream.Stream<ForeignKey> references(Table table, QualifiedName referenced) {
        return table.foreignKeys().stream().filter(k -> k.referencedTable().equals(referenced));
    }

    /** Every partition under {@code parent}, each after its own parent. */
    private static List<Table> partitions(SchemaModel model, QualifiedName parent) {
        List<Table> out = new ArrayList<>();
        for (Table table : model.tables()) {
            if (table.hierarchy().isPartition() && table.hierarchy().partitionOf().parent().equals(parent)) {
                out.add(table);
                out.addAll(partitions(model, table.name()));
            }
        }
        return out;
    }

    private static List<Table> strip(List<Table> tables) {
        return tables.stream().map(RenameHints::strip).toList();
    }

    private static List<Sequence> owned(SchemaModel model, QualifiedName table) {
        return model.sequences().stream().filter(s -> s.ownedBy() != null && s.name().schema().equals(table.schema())
                && s.ownedBy().startsWith(table.name() + ".") && s.ownedBy().indexOf('.', table.name().length() + 1) < 0)
                .toList();
    }
}
