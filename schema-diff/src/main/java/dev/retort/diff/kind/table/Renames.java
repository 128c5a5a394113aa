package dev.retort.diff.kind.table;

import dev.retort.schema.model.QualifiedName;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renames holds the declared renames the differ honoured: tables by old qualified name, columns by old table name
 * and old column name. Comparing a constraint of the old model with one of the new model goes through it, so that a
 * rename alone does not recreate every index and foreign key that mentions the renamed object (PostgreSQL follows
 * renames by itself).
 */
final class Renames {

    private final Map<QualifiedName, QualifiedName> tables = new HashMap<>();
    private final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();

    void table(QualifiedName from, QualifiedName to) {
        tables.put(from, to);
    }

    void column(QualifiedName fromTable, String from, String to) {
        columns.computeIfAbsent(fromTable, t -> new HashMap<>()).put(from, to);
    }

    /** The name the table of the old model has in the new model. */
    QualifiedName table(QualifiedName from) {
        return tables.getOrDefault(from, from);
    }

    /** The name a column of the old model's table has in the new model. */
    String column(QualifiedName fromTable, String from) {
        return columns.getOrDefault(fromTable, Map.of()).getOrDefault(from, from);
    }

    List<String> columns(QualifiedName fromTable, List<String> from) {
        return from.stream().map(c -> column(fromTable, c)).toList();
    }
}
