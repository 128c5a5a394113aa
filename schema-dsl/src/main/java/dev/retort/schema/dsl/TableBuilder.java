package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Repartitioning;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableOptions;
import dev.retort.schema.model.TableHierarchy;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.PartitionStrategy;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.naming.NamingConvention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * TableBuilder declares a table's columns, keys, constraints, indexes and comment; {@link Namespace#table}
 * hands it to the table's body.
 *
 * <pre>{@code
 * s.table("journal_entries", t -> {
 *     t.column("id", uuid()).primaryKey().defaultSql("gen_random_uuid()");
 *     t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
 *     t.column("created_at", timestamptz()).notNull().defaultSql("now()");
 *     t.index(col("user_id"), col("created_at").desc()).where("deleted_at IS NULL");
 *     t.comment("One entry per user per day");
 * });
 * }</pre>
 */
public final class TableBuilder {

    private final TableRef self;
    private final List<ColumnBuilder> columns = new ArrayList<>();
    private final List<PrimaryKeyDraft> primaryKeys = new ArrayList<>();
    private final List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
    private final List<UniqueDraft> uniques = new ArrayList<>();
    private final List<CheckDraft> checks = new ArrayList<>();
    private final List<IndexDraft> indexes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String comment;
    private String renamedFrom;
    private Repartitioning repartitioning = Repartitioning.REFUSE;
    private TableOptions options = TableOptions.DEFAULT;
    private TableHierarchy hierarchy = TableHierarchy.NONE;
    private final List<String> storageParameters = new ArrayList<>();

    TableBuilder(TableRef self) {
        this.self = self;
    }

    /** Adds a column of a DSL type ({@code uuid()}, {@code varchar(20)}, an enum handle). */
    public ColumnBuilder column(String name, SqlType type) {
        ColumnBuilder column = new ColumnBuilder(this, name, type);
        columns.add(column);
        return column;
    }

    /** Adds a column of a model type, for types built outside the DSL. */
    public ColumnBuilder column(String name, DataType type) {
        return column(name, TypeSpec.of(Objects.requireNonNull(type, "type")));
    }

    /** A primary key over these columns, in key order. */
    public PrimaryKeyStep primaryKey(String... columnNames) {
        PrimaryKeyDraft key = new PrimaryKeyDraft(List.of(columnNames));
        primaryKeys.add(key);
        return key;
    }

    /** A primary key over these column handles, in key order. */
    public PrimaryKeyStep primaryKey(ColumnRef... keyColumns) {
        return primaryKey(names("primary key", keyColumns));
    }

    /** A foreign key from these columns; say what it references next. */
    public ForeignKeyStep foreignKey(String... columnNames) {
        ForeignKeyDraft key = new ForeignKeyDraft(this, List.of(columnNames));
        foreignKeys.add(key);
        return key;
    }

    /** A foreign key from these column handles; say what it references next. */
    public ForeignKeyStep foreignKey(ColumnRef... keyColumns) {
        return foreignKey(names("foreign key", keyColumns));
    }

    /** A unique constraint over these columns. */
    public UniqueStep unique(String... columnNames) {
        UniqueDraft unique = new UniqueDraft(List.of(columnNames));
        uniques.add(unique);
        return unique;
    }

    /** A unique constraint over these column handles. */
    public UniqueStep unique(ColumnRef... keyColumns) {
        return unique(names("unique constraint", keyColumns));
    }

    /** A check constraint, SQL that must not be false for any row. */
    public CheckStep check(String expression) {
        CheckDraft check = new CheckDraft(Objects.requireNonNull(expression, "expression"), null);
        checks.add(check);
        return check;
    }

    /** An ascending btree index over these columns; refine it with the returned step. */
    public IndexStep index(String... columnNames) {
        return index(Arrays.stream(columnNames).map(IndexPart::col).toArray(IndexPart[]::new));
    }

    /** An index over these parts (columns or expressions, with order, NULLS placement and operator class). */
    public IndexStep index(IndexPart... parts) {
        IndexDraft index = new IndexDraft(List.of(parts));
        indexes.add(index);
        return index;
    }

    /** COMMENT ON TABLE. */
    public TableBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    /** UNLOGGED: not written to the WAL, so faster, but emptied after a crash and not replicated. */
    public TableBuilder unlogged() {
        this.options = options.withUnlogged(true);
        return this;
    }

    /** A storage parameter, {@code WITH (name = value)}: {@code with("fillfactor", 70)}, {@code with("autovacuum_enabled", false)}. */
    public TableBuilder with(String parameter, Object value) {
        storageParameters.add(Objects.requireNonNull(parameter, "parameter").toLowerCase(java.util.Locale.ROOT) + "="
                + Objects.requireNonNull(value, "value"));
        return this;
    }

    /** REPLICA IDENTITY FULL: logical replication sends the whole old row of updates and deletes. */
    public TableBuilder replicaIdentityFull() {
        this.options = options.withReplicaIdentity("FULL");
        return this;
    }

    /** REPLICA IDENTITY NOTHING: logical replication sends no old row. */
    public TableBuilder replicaIdentityNothing() {
        this.options = options.withReplicaIdentity("NOTHING");
        return this;
    }

    /**
     * REPLICA IDENTITY USING INDEX: logical replication sends the old values of the index's columns. The index is one
     * of this table's, unique, not partial, not deferrable, over NOT NULL columns; a key's index is named as its key.
     *
     * <pre>{@code
     * t.index("number").unique().named("uq_orders_number");
     * t.replicaIdentityUsingIndex("uq_orders_number");
     * }</pre>
     */
    public TableBuilder replicaIdentityUsingIndex(String index) {
        if (index == null || index.isBlank()) {
            problem("table " + Messages.table(self.name()) + ": replicaIdentityUsingIndex needs an index name");
            return this;
        }
        this.options = options.withReplicaIdentityIndex(index);
        return this;
    }

    /**
     * NOT NULL on inherited columns whose parent's column is nullable: a partition (or inheriting table) may refuse
     * NULL where its parent allows it ({@code ALTER TABLE partition ALTER COLUMN c SET NOT NULL}).
     *
     * <pre>{@code
     * t.partitionOf(measurement, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')").inheritedNotNull("city");
     * }</pre>
     */
    public TableBuilder inheritedNotNull(String... inheritedColumns) {
        List<String> names = new ArrayList<>(hierarchy.notNullColumns());
        names.addAll(Arrays.asList(inheritedColumns));
        hierarchy = hierarchy.withNotNullColumns(names);
        return this;
    }

    /**
     * PARTITION BY RANGE over key columns or expressions: {@code t.partitionByRange("logdate")}; its partitions are
     * declared with {@link Namespace#partition}.
     */
    public TableBuilder partitionByRange(String... keys) {
        return partitionBy(PartitionStrategy.RANGE, keys);
    }

    /** PARTITION BY LIST: {@code t.partitionByList("region")}. */
    public TableBuilder partitionByList(String... keys) {
        return partitionBy(PartitionStrategy.LIST, keys);
    }

    /** PARTITION BY HASH: {@code t.partitionByHash("id")}. */
    public TableBuilder partitionByHash(String... keys) {
        return partitionBy(PartitionStrategy.HASH, keys);
    }

    /**
     * Makes this table a partition of {@code parent} for {@code bound}, as PostgreSQL spells it after the parent's
     * name: {@code "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"}, {@code "FOR VALUES IN ('eu')"},
     * {@code "FOR VALUES WITH (MODULUS 4, REMAINDER 0)"} or {@code "DEFAULT"}. Its columns, keys and the parent's
     * indexes come from the parent: declare no columns here. {@link Namespace#partition} is the short form.
     */
    public TableBuilder partitionOf(TableRef parent, String bound) {
        Objects.requireNonNull(parent, "parent");
        if (bound == null || bound.isBlank()) {
            problem("partition of " + Messages.table(parent.name()) + " has no bound (give FOR VALUES ... or DEFAULT)");
            return this;
        }
        hierarchy = hierarchy.withPartitionOf(new PartitionOf(parent.name(), bound));
        return this;
    }

    /**
     * Names this partition's index attached to the parent's index {@code parentIndex} (a key's index has the key's
     * name): PostgreSQL names the copies it makes itself ({@code <partition>_<columns>_idx}, {@code <partition>_pkey});
     * declare one only where the database keeps another name, e.g. a copy renamed or an index attached by hand.
     *
     * <pre>{@code
     * t.partitionOf(measurement, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')")
     *         .attachedIndexName("measurement_city_idx", "m2026_by_city");
     * }</pre>
     */
    public TableBuilder attachedIndexName(String parentIndex, String name) {
        if (parentIndex == null || parentIndex.isBlank() || name == null || name.isBlank()) {
            problem("table " + Messages.table(self.name()) + ": attachedIndexName needs the parent's index and a name");
            return this;
        }
        List<IndexCopy> copies = new ArrayList<>(hierarchy.indexCopies());
        copies.removeIf(c -> c.parentIndex().equals(parentIndex));
        copies.add(new IndexCopy(parentIndex, name));
        hierarchy = hierarchy.withIndexCopies(copies);
        return this;
    }

    /** INHERITS (parents): the table gets the parents' columns and checks besides its own. */
    public TableBuilder inherits(TableRef... parents) {
        List<QualifiedName> names = new ArrayList<>(hierarchy.inherits());
        Arrays.stream(parents).map(TableRef::name).forEach(names::add);
        hierarchy = hierarchy.withInherits(names);
        return this;
    }

    private TableBuilder partitionBy(PartitionStrategy strategy, String... keys) {
        if (keys.length == 0) {
            problem("partitionBy" + strategy.name().charAt(0) + strategy.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                    + "() names no key (give the key columns or expressions, e.g. \"created_at\")");
            return this;
        }
        hierarchy = hierarchy.withPartitionBy(new PartitionSpec(strategy, List.of(keys)));
        return this;
    }

    /** Declares that this table was called {@code oldName} before, so a migration renames instead of dropping. */
    public TableBuilder renamedFrom(String oldName) {
        this.renamedFrom = Objects.requireNonNull(oldName, "oldName");
        return this;
    }

    /**
     * Allows the migration that turns this table from plain into partitioned, from partitioned into plain, or onto
     * another partition key (which PostgreSQL cannot do in place, and which is refused without this): the table is
     * created again under a temporary name with its partitions, keys, indexes and checks, the rows are copied in
     * batches keyed by the primary key (an interrupted copy resumes where it stopped), and the names are swapped in
     * one short transaction. The old table stays as {@code <name>__retort_backup}; drop it in a later migration once
     * the new one has proved itself, or use {@link #repartitionByCopyingRowsDroppingBackup()}.
     *
     * <pre>{@code
     * s.table("events", t -> {
     *     t.column("id", bigint()).notNull();
     *     t.column("at", date()).notNull();
     *     t.primaryKey("id", "at");
     *     t.partitionByRange("at");
     *     t.repartitionByCopyingRows();
     * });
     * }</pre>
     */
    public TableBuilder repartitionByCopyingRows() {
        repartitioning = Repartitioning.COPY_ROWS_KEEP_BACKUP;
        return this;
    }

    /**
     * As {@link #repartitionByCopyingRows()}, and the old table is dropped at the end of the same migration: a
     * destructive statement, which {@code retort revision} writes only with {@code --allow-destructive}.
     */
    public TableBuilder repartitionByCopyingRowsDroppingBackup() {
        repartitioning = Repartitioning.COPY_ROWS_DROP_BACKUP;
        return this;
    }

    /** This table's own handle, for self-references ({@code t.self().column("id")}). */
    public TableRef self() {
        return self;
    }

    void addCheck(CheckDraft check) {
        checks.add(check);
    }

    void problem(String text) {
        problems.add("table " + Messages.table(self.name()) + ": " + text);
    }

    /** The model table with every unnamed object named; {@code sink} receives problems only the DSL can see. */
    Table toModel(NamingConvention naming, List<String> sink, SchemaBuilder schema) {
        int declaredProblems = problems.size();
        QualifiedName name = self.name();
        List<String> columnNames = columns.stream().map(ColumnBuilder::name).toList();
        List<PrimaryKeyDraft> keys = new ArrayList<>(primaryKeys);
        List<String> keyedColumns = columns.stream().filter(ColumnBuilder::isPrimaryKey).map(ColumnBuilder::name).toList();
        if (keyedColumns.size() > 1) {
            problem("primaryKey() is set on columns " + String.join(", ", keyedColumns)
                    + " (declare one composite key with t.primaryKey(\"" + String.join("\", \"", keyedColumns) + "\"))");
        } else if (keyedColumns.size() == 1) {
            keys.add(0, new PrimaryKeyDraft(keyedColumns));
        }
        if (keys.size() > 1) {
            problem("declares " + keys.size() + " primary keys (a table has at most one; merge them into one key)");
        }
        PrimaryKey primaryKey = keys.isEmpty() ? null : keys.get(0).toModel(name, naming);
        List<String> pkColumns = primaryKey == null ? List.of() : primaryKey.columns();
        List<Column> modelColumns = columns.stream().map(c -> c.toModel(pkColumns)).toList();
        for (ColumnBuilder column : columns) {
            schema.checkType(this, column.name(), column.sqlType());
            if (column.zeroIdentityIncrement()) {
                problem("column " + column.name() + " has an identity increment of 0 (give a positive or negative increment)");
            }
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKeyDraft fk : foreignKeys) {
            ForeignKey model = fk.toModel(name, naming);
            if (model == null) {
                problem("foreign key on (" + String.join(", ", fk.columns())
                        + ") never says what it references (finish it with .references(...))");
            } else {
                fks.add(model);
                schema.checkTarget(this, model.name(), fk.target());
            }
        }
        List<UniqueConstraint> uqs = uniques.stream().map(u -> u.toModel(name, naming)).toList();
        List<CheckConstraint> cks = checks.stream().map(c -> c.toModel(name, columnNames, naming)).toList();
        List<Index> ixs = indexes.stream().map(i -> i.toModel(name, naming)).toList();
        sink.addAll(problems);
        // Problems found while assembling are reported again on the next build, not accumulated.
        problems.subList(declaredProblems, problems.size()).clear();
        if (hierarchy.isPartition() && !columns.isEmpty()) {
            sink.add("table " + Messages.table(name) + ": declares columns, but a partition has exactly the columns of its"
                    + " parent " + Messages.table(hierarchy.partitionOf().parent()) + " (declare them on the parent)");
        }
        if (!hierarchy.isPartition() && !hierarchy.indexCopies().isEmpty()) {
            sink.add("table " + Messages.table(name) + ": names attached indexes, but is no partition (declare"
                    + " partitionOf(...) or drop attachedIndexName(...))");
        }
        if (hierarchy.isPartition() && !hierarchy.inherits().isEmpty()) {
            sink.add("table " + Messages.table(name) + ": a partition cannot also inherit (drop inherits(...) or partitionOf(...))");
        }
        return new Table(name, modelColumns, primaryKey, fks, uqs, cks, ixs, comment, renamedFrom,
                options.withStorageParameters(storageParameters), hierarchy, repartitioning);
    }

    private String[] names(String what, ColumnRef... refs) {
        List<String> names = new ArrayList<>();
        for (ColumnRef ref : refs) {
            if (ref.table() != self) {
                problem(what + " lists column " + ref.name() + " of table " + Messages.table(ref.table().name())
                        + " (list this table's own columns)");
            }
            names.add(ref.name());
        }
        return names.toArray(String[]::new);
    }
}
