package dev.retort.diff.compare;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

        /**
         * A new or changed generation expression can only be had by dropping and adding the column, which takes its
         * indexes and constraints with it. Dropping an expression keeps the column, but its inverse recreates it, so
         * that counts too: dependents are recreated in both directions and the derived downgrade restores them.
         */
        boolean recreated() {
            return !Objects.equals(from.generatedExpression(), to.generatedExpression());
        }
    }

    final List<Column> added = new ArrayList<>();
    final List<Column> dropped = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();

    ColumnMatch(Table from, Table to) {
        Map<String, Column> old = new HashMap<>();
        from.columns().forEach(c -> old.put(c.name(), c));
        Set<String> targetNames = new HashSet<>();
        to.columns().forEach(c -> targetNames.add(c.name()));
        Set<String> claimed = new HashSet<>();
        for (Column column : to.columns()) {
            Column same = old.get(column.name());
            if (same != null) {
                pairs.add(new Pair(SchemaDiffer.strip(same), SchemaDiffer.strip(column)));
                claimed.add(column.name());
            }
        }
        for (Column column : to.columns()) {
            if (old.containsKey(column.name())) {
                continue;
            }
            String previous = column.renamedFrom();
            boolean renamable = previous != null && !claimed.contains(previous) && old.containsKey(previous)
                    && !targetNames.contains(previous);
            if (renamable) {
                pairs.add(new Pair(SchemaDiffer.strip(old.get(previous)), SchemaDiffer.strip(column)));
                claimed.add(previous);
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
        Set<String> names = new HashSet<>(rebuiltOldNames());
        pairs.stream().filter(Pair::recreated).forEach(p -> names.add(p.from().name()));
        return names;
    }

    /**
     * Old names of generated columns that read a column whose type changes: PostgreSQL refuses that type change
     * while the generated column exists, so the generated column is dropped before and added back after.
     */
    Set<String> rebuiltOldNames() {
        Set<String> retyped = new HashSet<>();
        pairs.stream().filter(p -> !p.from().type().equals(p.to().type())).forEach(p -> retyped.add(p.from().name()));
        Set<String> names = new HashSet<>();
        if (retyped.isEmpty()) {
            return names;
        }
        for (Pair pair : pairs) {
            String expression = pair.from().generatedExpression();
            if (expression != null && pair.to().generatedExpression() != null
                    && retyped.stream().anyMatch(c -> !c.equals(pair.from().name()) && TableDiffer.mentions(expression, c))) {
                names.add(pair.from().name());
            }
        }
        return names;
    }
}
