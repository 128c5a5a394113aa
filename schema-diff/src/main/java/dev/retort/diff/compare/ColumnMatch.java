package dev.retort.diff.compare;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ColumnMatch pairs the columns of one table in the old and new model by name, honouring declared renames
 * ({@code renamedFrom}) and never guessing one. Columns whose generation expression is added or changed are
 * "recreated": PostgreSQL 14-16 can only drop and re-add them.
 */
final class ColumnMatch {

    record Pair(Column from, Column to) {
        boolean renamed() {
            return !from.name().equals(to.name());
        }

        /** A new or changed generation expression can only be had by dropping and adding the column. */
        boolean recreated() {
            return to.generatedExpression() != null && !Objects.equals(from.generatedExpression(), to.generatedExpression());
        }
    }

    final List<Column> added = new ArrayList<>();
    final List<Column> dropped = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();

    ColumnMatch(Table from, Table to) {
        Set<String> claimed = new HashSet<>();
        for (Column column : to.columns()) {
            if (from.column(column.name()).isPresent()) {
                pairs.add(new Pair(SchemaDiffer.strip(from.column(column.name()).get()), SchemaDiffer.strip(column)));
                claimed.add(column.name());
            }
        }
        for (Column column : to.columns()) {
            if (from.column(column.name()).isPresent()) {
                continue;
            }
            String old = column.renamedFrom();
            boolean renamable = old != null && !claimed.contains(old) && from.column(old).isPresent()
                    && to.column(old).isEmpty();
            if (renamable) {
                pairs.add(new Pair(SchemaDiffer.strip(from.column(old).get()), SchemaDiffer.strip(column)));
                claimed.add(old);
            } else {
                added.add(SchemaDiffer.strip(column));
            }
        }
        for (Column column : from.columns()) {
            if (!claimed.contains(column.name())) {
                dropped.add(SchemaDiffer.strip(column));
            }
        }
    }

    /** Old names of the columns that are recreated (dropped and added again). */
    Set<String> recreatedOldNames() {
        Set<String> names = new HashSet<>();
        pairs.stream().filter(Pair::recreated).forEach(p -> names.add(p.from().name()));
        return names;
    }
}
