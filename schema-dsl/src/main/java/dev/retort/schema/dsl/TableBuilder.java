package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
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

    /** Declares that this table was called {@code oldName} before, so a migration renames instead of dropping. */
    public TableBuilder renamedFrom(String oldName) {
        this.renamedFrom = Objects.requireNonNull(oldName, "oldName");
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
        return new Table(name, modelColumns, primaryKey, fks, uqs, cks, ixs, comment, renamedFrom);
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
