package dev.retort.diff.kind.table;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableHierarchy;
import dev.retort.schema.model.TableOptions;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TableDraft collects one table's parts while the catalog queries stream in; it lives only inside one
 * inspection and becomes an immutable {@link Table} at the end.
 */
public final class TableDraft {

    final QualifiedName name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    /** Column names by attnum, to turn constraint key arrays into names without asking the server. */
    final Map<Integer, String> columnNames = new HashMap<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<IndexCopy> indexCopies = new ArrayList<>();
    /** Inherited columns made NOT NULL here while the parents' are nullable. */
    final List<String> notNullColumns = new ArrayList<>();
    PrimaryKey primaryKey;

    final TableOptions options;
    final TableHierarchy hierarchy;

    TableDraft(QualifiedName name, String comment, TableOptions options, TableHierarchy hierarchy) {
        this.name = name;
        this.comment = comment;
        this.options = options;
        this.hierarchy = hierarchy;
    }

    /** Sets the identity options of the column named {@code column} (read after the columns). */
    public void identityOptions(String column, IdentityOptions options) {
        column(column, c -> c.withIdentityOptions(options));
    }

    /** Names the identity sequence of the column named {@code column}, one PostgreSQL would not make. */
    public void identitySequence(String column, String sequence) {
        column(column, c -> c.withIdentitySequence(sequence));
    }

    private void column(String column, java.util.function.UnaryOperator<Column> change) {
        columns.replaceAll(c -> c.name().equals(column) ? change.apply(c) : c);
    }

    public Table toTable() {
        TableHierarchy h = indexCopies.isEmpty() ? hierarchy : hierarchy.withIndexCopies(indexCopies);
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, comment, null, options,
                notNullColumns.isEmpty() ? h : h.withNotNullColumns(notNullColumns));
    }
}
