package dev.retort.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Table is a table with its columns (in declaration order), keys, constraints, indexes and comment.
 *
 * <p>Constraints and indexes are kept sorted by name so that two tables with the same content are equal
 * whatever order they were declared or read in; columns keep their order because it is visible to users.
 * {@code renamedFrom} is a declared rename hint (DSL only); {@code options} are UNLOGGED, storage parameters and
 * replica identity; {@code hierarchy} is PARTITION BY, PARTITION OF and INHERITS (see {@link TableHierarchy} for what a
 * partition or inheriting table leaves to its parent); {@code repartitioning} is a hint of the declaration (DSL only,
 * like {@code renamedFrom}): whether a change between plain and partitioned is planned by copying the rows.
 *
 * <pre>{@code
 * Table tags = Table.named(QualifiedName.of("public", "tags"))
 *         .withColumns(List.of(Column.of("id", new BuiltinType("uuid")).withNullable(false)))
 *         .withPrimaryKey(new PrimaryKey("pk_tags", List.of("id")));
 * }</pre>
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checkConstraints,
        List<Index> indexes,
        String comment,
        String renamedFrom,
        TableOptions options,
        TableHierarchy hierarchy,
        Repartitioning repartitioning) {

    public Table {
        repartitioning = repartitioning == null ? Repartitioning.REFUSE : repartitioning;
        Objects.requireNonNull(name, "name");
        options = options == null ? TableOptions.DEFAULT : options;
        hierarchy = hierarchy == null ? TableHierarchy.NONE : hierarchy;
        columns = List.copyOf(columns);
        foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKey::name));
        uniqueConstraints = sorted(uniqueConstraints, Comparator.comparing(UniqueConstraint::name));
        checkConstraints = sorted(checkConstraints, Comparator.comparing(CheckConstraint::name));
        indexes = sorted(indexes, Comparator.comparing(Index::name));
    }

    /** A table without a repartitioning hint (what the inspector reads). */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                 List<UniqueConstraint> uniqueConstraints, List<CheckConstraint> checkConstraints, List<Index> indexes,
                 String comment, String renamedFrom, TableOptions options, TableHierarchy hierarchy) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment, renamedFrom,
                options, hierarchy, Repartitioning.REFUSE);
    }

    /** A table with the default options (logged, no storage parameters, default replica identity). */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                 List<UniqueConstraint> uniqueConstraints, List<CheckConstraint> checkConstraints, List<Index> indexes,
                 String comment, String renamedFrom) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment, renamedFrom,
                TableOptions.DEFAULT, TableHierarchy.NONE);
    }

    /** A table outside any hierarchy (not partitioned, no partition, inherits nothing). */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                 List<UniqueConstraint> uniqueConstraints, List<CheckConstraint> checkConstraints, List<Index> indexes,
                 String comment, String renamedFrom, TableOptions options) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment, renamedFrom,
                options, TableHierarchy.NONE);
    }

    /**
     * The name's hash: tables are map keys in the differ (old to new, per pair), and the record's own hash walked
     * every column, key and index on each lookup (5% of a 1,000-table diff). Equal tables have equal names.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** An empty table, to be filled with the {@code with…} methods. */
    public static Table named(QualifiedName name) {
        return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, newForeignKeys, uniqueConstraints, checkConstraints, indexes, comment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, foreignKeys, newUniques, checkConstraints, indexes, comment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withCheckConstraints(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, newChecks, indexes, comment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, newIndexes, comment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, newComment, renamedFrom, options, hierarchy, repartitioning);
    }

    public Table withRenamedFrom(String oldName) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment, oldName, options, hierarchy, repartitioning);
    }

    public Table withOptions(TableOptions newOptions) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment,
                renamedFrom, newOptions, hierarchy, repartitioning);
    }

    public Table withHierarchy(TableHierarchy newHierarchy) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment,
                renamedFrom, options, newHierarchy, repartitioning);
    }

    /** This table with the declaration's repartitioning hint (see {@link Repartitioning}). */
    public Table withRepartitioning(Repartitioning newRepartitioning) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, comment,
                renamedFrom, options, hierarchy, newRepartitioning);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items == null ? List.of() : items.stream().sorted(order).toList();
    }
}
