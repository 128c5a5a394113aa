package dev.retort.diff.plan;

import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.AlterConstraintValidation;
import dev.retort.diff.change.DropForeignKey;
import dev.retort.diff.change.DropPrimaryKey;
import dev.retort.diff.change.DropUniqueConstraint;
import dev.retort.diff.change.AddPrimaryKey;
import dev.retort.diff.change.AddUniqueConstraint;
import dev.retort.diff.change.AttachPartition;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.CreatePartitionedIndex;
import dev.retort.diff.change.DetachPartition;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.DropPartitionedIndex;
import dev.retort.diff.change.IndexPartition;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.InheritedColumns;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PartitionedForms chooses the lock-safe forms of changes on partitioned tables, where the general forms of
 * {@link LockSafeForms} do not exist in PostgreSQL:
 * <ul>
 *   <li>an index on a partitioned table with partitions is built {@code ON ONLY} the parent, then per partition
 *       {@code CONCURRENTLY} and attached ({@link CreatePartitionedIndex}); one without partitions is created plain
 *       (nothing to build);</li>
 *   <li>a partitioned index is dropped plain ({@code DROP INDEX CONCURRENTLY} refuses partitioned indexes), as a
 *       {@link DropPartitionedIndex} whose inverse builds it partition by partition;</li>
 *   <li>a foreign key from a partitioned table is added validated: PostgreSQL before 18 refuses {@code NOT VALID}
 *       there; so is one to a partitioned table, and one made valid there is dropped and added back validated:
 *       {@code VALIDATE CONSTRAINT} leaves the copies PostgreSQL keeps per referenced partition {@code NOT VALID};</li>
 *   <li>a partition is detached {@code CONCURRENTLY} (and an attach's inverse detaches so), and the CHECK copy of
 *       the bound that this leaves is dropped; plain where PostgreSQL refuses it (a default partition) or the
 *       check's name cannot be told.</li>
 * </ul>
 */
final class PartitionedForms {

    private final SchemaModel from;
    private final SchemaModel to;

    private PartitionIndexNames fromNames;
    private PartitionIndexNames toNames;

    PartitionedForms(SchemaModel from, SchemaModel to) {
        this.from = from;
        this.to = to;
    }

    // one per model and plan, so that two indexes built in one plan do not take the same name
    private PartitionIndexNames fromNames() {
        return fromNames == null ? fromNames = new PartitionIndexNames(from) : fromNames;
    }

    private PartitionIndexNames toNames() {
        return toNames == null ? toNames = new PartitionIndexNames(to) : toNames;
    }

    /** The steps of {@code change} when it concerns a partitioned table, else null (the general rules apply). */
    List<SchemaChange> steps(SchemaChange change, Set<QualifiedName> transientTables) {
        if (change instanceof CreateIndex create && partitioned(to, create.table())) {
            List<IndexPartition> parts = new ArrayList<>();
            partitions(to, create.table(), create.index(), create.index().name(), parts, toNames());
            if (transientTables.contains(create.table())
                    || parts.isEmpty() && !leftUnattached(to, create.table(), create.index().name())) {
                return List.of(create.withConcurrently(false));
            }
            return List.of(new CreatePartitionedIndex(create.table(), create.index(), parts, create.partitionKeys()));
        }
        if (change instanceof DropIndex drop && partitioned(from, drop.table())) {
            List<IndexPartition> parts = new ArrayList<>();
            partitions(from, drop.table(), drop.index(), drop.index().name(), parts, fromNames());
            // its inverse (the downgrade) builds the index partition by partition
            return List.of(transientTables.contains(drop.table())
                    || parts.isEmpty() && !leftUnattached(from, drop.table(), drop.index().name()) ? drop.withConcurrently(false)
                    : new DropPartitionedIndex(drop.table(), drop.index(), parts, drop.partitionKeys()));
        }
        if (change instanceof AddForeignKey add && (partitioned(to, add.table())
                || partitioned(to, add.foreignKey().referencedTable()))) {
            return List.of(change);
        }
        if (change instanceof AlterConstraintValidation validation && validation.validates()
                && validation.to() instanceof ForeignKey key && partitioned(to, key.referencedTable())) {
            // VALIDATE on the parent leaves the copies PostgreSQL keeps per referenced partition NOT VALID
            return List.of(new DropForeignKey(validation.toTable(), key.withNotValid(true)),
                    new AddForeignKey(validation.toTable(), key));
        }
        // a partitioned table's key or unique constraint cannot take over an index (USING INDEX) nor have it built
        // concurrently: the plain form, which says what it locks
        if (change instanceof AddUniqueConstraint add && partitioned(to, add.table())) {
            return List.of(change);
        }
        if (change instanceof AddPrimaryKey add && partitioned(to, add.table())) {
            return List.of(change);
        }
        if (change instanceof DropUniqueConstraint drop && partitioned(from, drop.table())) {
            return List.of(change);
        }
        if (change instanceof DropPrimaryKey drop && partitioned(from, drop.table())) {
            return List.of(change);
        }
        if (change instanceof DetachPartition detach) {
            return List.of(detach.withBoundCheck(boundCheck(from, detach.table(), detach.partitionOf().parent())));
        }
        if (change instanceof AttachPartition attach) {
            return List.of(attach.withDetachBoundCheck(boundCheck(to, attach.table(), attach.partitionOf().parent())));
        }
        return null;
    }

    static boolean partitioned(SchemaModel model, QualifiedName table) {
        return model.table(table).map(t -> t.hierarchy().partitioned()).orElse(false);
    }

    /**
     * The partitions of {@code parent} in {@code model}, depth first, each with its index's name: the one PostgreSQL
     * gives it when {@code index} is created on the parent in one statement (see {@link PartitionIndexNames}).
     */
    /** True when a partition of the index's table has nothing attached to it in {@code model} (see IndexCopy). */
    private static boolean leftUnattached(SchemaModel model, QualifiedName table, String index) {
        return model.tables().stream().anyMatch(t -> t.hierarchy().isPartition()
                && t.hierarchy().partitionOf().parent().equals(table)
                && t.hierarchy().indexCopy(index) != null && !t.hierarchy().indexCopy(index).attached());
    }

    private static void partitions(SchemaModel model, QualifiedName parent, Index index, String parentIndex,
                                   List<IndexPartition> out, PartitionIndexNames names) {
        for (Table table : model.tables()) {
            if (table.hierarchy().isPartition() && table.hierarchy().partitionOf().parent().equals(parent)) {
                var copy = table.hierarchy().indexCopy(parentIndex);
                if (copy != null && !copy.attached()) {
                    // the model has nothing attached here: the parent's index stays invalid, as it was built ON ONLY
                    continue;
                }
                String own = names.of(table, index);
                boolean sub = table.hierarchy().partitioned();
                out.add(new IndexPartition(table.name(), own, parentIndex, sub));
                if (sub) {
                    partitions(model, table.name(), index, own, out, names);
                }
            }
        }
    }

    /**
     * The name of the CHECK copy of the bound that DETACH CONCURRENTLY gives {@code table}, as PostgreSQL chooses it
     * ({@code <table>_<column>_check} for a key of one column, {@code <table>_check} for several), or null where the
     * concurrent form is not used: the parent has a default partition (PostgreSQL refuses it), the key has expressions
     * or the name would be cut or taken (it could not be told for sure).
     */
    private static String boundCheck(SchemaModel model, QualifiedName table, QualifiedName parent) {
        Table parentTable = model.table(parent).orElse(null);
        if (parentTable == null || parentTable.hierarchy().partitionBy() == null || hasDefaultPartition(model, parent)) {
            return null;
        }
        List<String> columns = InheritedColumns.of(model, parentTable).stream().map(Column::name).toList();
        Set<String> keys = new java.util.TreeSet<>();
        for (String key : parentTable.hierarchy().partitionBy().keys()) {
            String column = columns.stream().filter(c -> Identifiers.quote(c).equals(key)).findFirst().orElse(null);
            if (column == null) {
                return null;
            }
            keys.add(column);
        }
        String name = keys.size() == 1 ? table.name() + "_" + keys.iterator().next() + "_check" : table.name() + "_check";
        boolean taken = Stream.concat(model.table(table).stream(), Stream.of(parentTable))
                .flatMap(t -> t.checkConstraints().stream()).anyMatch(c -> c.name().equals(name));
        return taken || name.getBytes(StandardCharsets.UTF_8).length > 63 ? null : name;
    }

    private static boolean hasDefaultPartition(SchemaModel model, QualifiedName parent) {
        return model.tables().stream().anyMatch(t -> t.hierarchy().isPartition()
                && t.hierarchy().partitionOf().parent().equals(parent)
                && t.hierarchy().partitionOf().bound().equals("DEFAULT"));
    }
}
