package dev.retort.schema.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * InheritedColumns gives a table's effective columns, as PostgreSQL holds them: a partition's are its parent's; an
 * inheriting table's are its parents' (in {@code INHERITS} order, a column of two parents once) followed by its own.
 * A parent missing from the model contributes nothing.
 *
 * <pre>{@code
 * List<Column> columns = InheritedColumns.of(model, model.table(partition).orElseThrow());
 * }</pre>
 */
public final class InheritedColumns {

    private InheritedColumns() {
    }

    /** The columns {@code table} has in a database built from {@code model}. */
    public static List<Column> of(SchemaModel model, Table table) {
        return of(model, table, new HashSet<>());
    }

    /** {@code table} with its effective columns in place of its own. */
    public static Table effective(SchemaModel model, Table table) {
        return table.hierarchy().parents().isEmpty() ? table : table.withColumns(of(model, table));
    }

    private static List<Column> of(SchemaModel model, Table table, Set<QualifiedName> seen) {
        if (table.hierarchy().parents().isEmpty() || !seen.add(table.name())) {
            return table.columns();
        }
        Map<String, Column> merged = new LinkedHashMap<>();
        for (QualifiedName parent : table.hierarchy().parents()) {
            model.table(parent).ifPresent(p -> of(model, p, seen).forEach(c -> merged.putIfAbsent(c.name(), c)));
        }
        // a partition (or child) may make an inherited column NOT NULL where its parent's is nullable
        table.hierarchy().notNullColumns().forEach(n -> merged.computeIfPresent(n, (k, c) -> c.withNullable(false)));
        if (!table.hierarchy().isPartition()) {
            table.columns().forEach(c -> merged.putIfAbsent(c.name(), c));
        }
        seen.remove(table.name());
        return new ArrayList<>(merged.values());
    }
}
