package dev.retort.schema.dsl;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.List;

/**
 * ReplicaIdentityChecks checks a table's {@code REPLICA IDENTITY USING INDEX}: PostgreSQL takes only a unique,
 * non-partial, non-deferrable index of the table over NOT NULL columns (a key's index is named as its key).
 */
final class ReplicaIdentityChecks {

    private ReplicaIdentityChecks() {
    }

    /** Adds the problem of {@code table}'s (effective columns) replica identity index, if any. */
    static void check(Table table, List<String> problems) {
        String name = table.options().replicaIdentityIndex();
        if (name == null) {
            return;
        }
        String prefix = "table " + Messages.table(table.name()) + ": replica identity index " + name;
        PrimaryKey key = table.primaryKey();
        List<String> columns = null;
        boolean usable = false;
        if (key != null && key.name().equals(name)) {
            columns = key.columns();
            usable = !key.deferrable();
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            if (unique.name().equals(name)) {
                columns = unique.columns();
                usable = !unique.deferrable();
            }
        }
        for (Index index : table.indexes()) {
            if (index.name().equals(name)) {
                columns = index.elements().stream().filter(e -> !e.isExpression()).map(IndexElement::column).toList();
                usable = index.unique() && index.predicate() == null
                        && index.elements().stream().noneMatch(IndexElement::isExpression);
            }
        }
        if (columns == null) {
            problems.add(prefix + " is none of the table's indexes or keys (declare it, or name a key's index by the key)");
        } else if (!usable) {
            problems.add(prefix + " must be unique, not partial, not deferrable and without expressions");
        } else if (columns.stream().anyMatch(c -> table.column(c).map(Column::nullable).orElse(false))) {
            problems.add(prefix + " has a nullable column (declare its columns notNull())");
        }
    }
}
