package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * RepartitionTable turns a plain table into a partitioned one, a partitioned one into a plain one, or moves it onto
 * another partition key, keeping its rows: PostgreSQL can do none of these in place. It is planned only when the
 * declaration asks for it ({@code t.repartitionByCopyingRows()}); without that the diff is refused.
 *
 * <p>The new form is created under a temporary name with its partitions, keys, checks, indexes and foreign keys; the
 * rows are copied in batches keyed by the old primary key, each batch committed (an interrupted copy resumes after
 * the last committed key, so no row is lost or copied twice); then, in one transaction under an ACCESS EXCLUSIVE
 * lock, the rows inserted meanwhile are copied, the row counts compared, the old table (and its partitions, keys and
 * indexes) renamed to backup names, the new one to the real names, and the sequences its columns own moved over.
 * The backup is dropped at the end when {@code dropBackup} holds. Foreign keys of other tables that reference the
 * table, and the views, triggers and policies on it, are separate changes (dropped before, created again after).
 * The inverse is the same conversion the other way.
 *
 * <pre>{@code
 * new RepartitionTable(new RepartitionTable.Side(plain, List.of(), List.of()),
 *         new RepartitionTable.Side(partitioned, List.of(events2026), List.of()), false);
 * }</pre>
 *
 * @param from       the table as it is, with the partitions that go with it
 * @param to         the table as it becomes, with the partitions it is created with
 * @param dropBackup whether the old table is dropped at the end (else it stays under its backup name)
 */
public record RepartitionTable(Side from, Side to, boolean dropBackup) implements SchemaChange {

    /**
     * Side is one form of the table: the table (with its columns, keys, indexes and foreign keys), its partitions
     * (every level, each after its parent, each with its own indexes and foreign keys) and the sequences its
     * columns own ({@code serial}). Where the table is itself a partition (it stays one, of the same parent with the
     * same bound), {@code parent} is that parent with its effective columns, keys, indexes, checks and foreign keys,
     * which the partition has from it; else null.
     */
    public record Side(Table table, List<Table> partitions, List<Sequence> ownedSequences, Table parent) {

        public Side {
            Objects.requireNonNull(table, "table");
            partitions = List.copyOf(partitions);
            ownedSequences = List.copyOf(ownedSequences);
        }

        /** A side of a table that is no partition. */
        public Side(Table table, List<Table> partitions, List<Sequence> ownedSequences) {
            this(table, partitions, ownedSequences, null);
        }

        /** Whether the table is partitioned on this side. */
        public boolean partitioned() {
            return table.hierarchy().partitioned();
        }

        /** The table and its partitions with every member, as the graph names them. */
        Set<ObjectId> objects() {
            Set<ObjectId> all = new TreeSet<>();
            List<Table> tables = new ArrayList<>(partitions);
            tables.add(0, table);
            for (Table t : tables) {
                all.add(ObjectId.table(t.name()));
                all.addAll(Uses.members(t));
                t.indexes().forEach(i -> all.add(ObjectId.index(t.name(), i.name())));
                t.foreignKeys().forEach(k -> all.add(ObjectId.constraint(t.name(), k.name())));
            }
            return all;
        }

        Set<ObjectId> types() {
            Set<ObjectId> all = new TreeSet<>(Uses.types(table));
            partitions.forEach(p -> all.addAll(Uses.types(p)));
            return all;
        }
    }

    public RepartitionTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.table().name().equals(to.table().name())) {
            throw new IllegalArgumentException("RepartitionTable keeps the table's name: " + from.table().name()
                    + " is not " + to.table().name());
        }
    }

    /** The table's name on both sides. */
    public QualifiedName table() {
        return to.table().name();
    }

    @Override
    public SchemaChange inverse() {
        return new RepartitionTable(to, from, dropBackup);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "repartition table " + table() + " by copying its rows: " + form(from) + " -> " + form(to);
    }

    private static String form(Side side) {
        String form = side.partitioned() ? "PARTITION BY " + side.table().hierarchy().partitionBy().sql() : "plain";
        return side.parent() == null ? form : form + " (a partition of " + side.parent().name() + ")";
    }

    @Override
    public Footprint footprint() {
        ObjectId table = ObjectId.table(table());
        Footprint footprint = Footprint.replace(table, table).creating(to.objects()).removing(from.objects())
                .requiring(to.types()).releasing(from.types());
        // a partition is detached from its parent and attached again: the parent stays throughout
        return to.parent() == null ? footprint : footprint.requiring(Set.of(ObjectId.table(to.parent().name())));
    }
}
