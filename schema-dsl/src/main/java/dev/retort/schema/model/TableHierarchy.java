package dev.retort.schema.model;

import java.util.List;

/**
 * TableHierarchy is where a table stands among its relatives: partitioned by a key ({@code PARTITION BY}), a partition
 * of a parent with its bound ({@code PARTITION OF}), and the parents it inherits from ({@code INHERITS}, in order).
 * A table can be both partitioned and a partition (sub-partitioning).
 *
 * <p>What a table receives from its parents is not repeated in its model: a partition holds no columns (they are its
 * parent's) and none of the indexes, keys, foreign keys and checks PostgreSQL clones onto it from the parent; an
 * inheriting table holds only the columns and checks it does not inherit. The differ works with both sides'
 * effective parts where a table joins or leaves a parent.
 *
 * <pre>{@code
 * TableHierarchy.NONE.withPartitionBy(new PartitionSpec(PartitionStrategy.RANGE, List.of("logdate")));
 * }</pre>
 *
 * @param partitionBy the partition key, null for a table that is not partitioned
 * @param partitionOf the parent and bound, null for a table that is not a partition
 * @param inherits    the tables inherited from ({@code INHERITS}), in declaration order; empty for a partition
 * @param indexCopies a partition's parts of its parent's indexes ({@link IndexCopy}), sorted by the parent's index;
 *                    empty where they are left to PostgreSQL (a declaration before it is normalized)
 * @param notNullColumns the inherited columns this table makes {@code NOT NULL} where its parent's is nullable
 *                    ({@code ALTER TABLE partition ALTER COLUMN c SET NOT NULL}), sorted; empty for a plain table
 */
public record TableHierarchy(PartitionSpec partitionBy, PartitionOf partitionOf, List<QualifiedName> inherits,
                             List<IndexCopy> indexCopies, List<String> notNullColumns) {

    /** A plain table: not partitioned, no partition, inherits nothing. */
    public static final TableHierarchy NONE = new TableHierarchy(null, null, List.of());

    public TableHierarchy {
        inherits = inherits == null ? List.of() : List.copyOf(inherits);
        indexCopies = indexCopies == null ? List.of()
                : indexCopies.stream().sorted(java.util.Comparator.comparing(IndexCopy::parentIndex)).toList();
        notNullColumns = notNullColumns == null ? List.of() : notNullColumns.stream().distinct().sorted().toList();
    }

    /** A hierarchy whose inherited columns are as nullable as the parent's. */
    public TableHierarchy(PartitionSpec partitionBy, PartitionOf partitionOf, List<QualifiedName> inherits,
                          List<IndexCopy> indexCopies) {
        this(partitionBy, partitionOf, inherits, indexCopies, List.of());
    }

    /** A hierarchy whose index copies are left to PostgreSQL. */
    public TableHierarchy(PartitionSpec partitionBy, PartitionOf partitionOf, List<QualifiedName> inherits) {
        this(partitionBy, partitionOf, inherits, List.of(), List.of());
    }

    public TableHierarchy withPartitionBy(PartitionSpec spec) {
        return new TableHierarchy(spec, partitionOf, inherits, indexCopies, notNullColumns);
    }

    public TableHierarchy withPartitionOf(PartitionOf of) {
        return new TableHierarchy(partitionBy, of, inherits, indexCopies, notNullColumns);
    }

    public TableHierarchy withInherits(List<QualifiedName> parents) {
        return new TableHierarchy(partitionBy, partitionOf, parents, indexCopies, notNullColumns);
    }

    public TableHierarchy withIndexCopies(List<IndexCopy> copies) {
        return new TableHierarchy(partitionBy, partitionOf, inherits, copies, notNullColumns);
    }

    /** This hierarchy making {@code columns} (inherited, nullable on the parent) NOT NULL here. */
    public TableHierarchy withNotNullColumns(List<String> columns) {
        return new TableHierarchy(partitionBy, partitionOf, inherits, indexCopies, columns);
    }

    /** The copy of the parent's index named {@code parentIndex}, or null where the model says nothing of it. */
    public IndexCopy indexCopy(String parentIndex) {
        for (IndexCopy copy : indexCopies) {
            if (copy.parentIndex().equals(parentIndex)) {
                return copy;
            }
        }
        return null;
    }

    /** True for a table declared {@code PARTITION BY}. */
    public boolean partitioned() {
        return partitionBy != null;
    }

    /** True for a partition. */
    public boolean isPartition() {
        return partitionOf != null;
    }

    /** The tables this one takes columns from: its partition parent, or the tables it inherits. */
    public List<QualifiedName> parents() {
        return partitionOf != null ? List.of(partitionOf.parent()) : inherits;
    }
}
