package dev.retort.diff.kind.table;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
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
    private final QualifiedName fromTable;
    private final QualifiedName toTable;
    private final Dependencies fromDependencies;
    private final Dependencies toDependencies;

    /** Pairs without dependencies: no generated column is known to read another. */
    ColumnMatch(Table from, Table to) {
        this(from, to, Dependencies.none(), Dependencies.none());
    }

    /**
     * @param fromDependencies dependencies of the old model (which columns a generated column reads)
     * @param toDependencies   dependencies of the new model
     */
    ColumnMatch(Table from, Table to, Dependencies fromDependencies, Dependencies toDependencies) {
        this.fromTable = from.name();
        this.toTable = to.name();
        this.fromDependencies = fromDependencies;
        this.toDependencies = toDependencies;
        Map<String, Column> old = new HashMap<>();
        from.columns().forEach(c -> old.put(c.name(), c));
        Set<String> targetNames = new HashSet<>();
        to.columns().forEach(c -> targetNames.add(c.name()));
        Set<String> claimed = new HashSet<>();
        for (Column column : to.columns()) {
            Column same = old.get(column.name());
            if (same != null) {
                pairs.add(new Pair(RenameHints.strip(same), RenameHints.strip(column)));
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
                pairs.add(new Pair(RenameHints.strip(old.get(previous)), RenameHints.strip(column)));
                claimed.add(previous);
            } else {
                added.add(RenameHints.strip(column));
            }
        }
        for (Column column : from.columns()) {
            if (!claimed.contains(column.name())) {
                dropped.add(RenameHints.strip(column));
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
        Set<ObjectId> retypedBefore = new HashSet<>();
        Set<ObjectId> retypedAfter = new HashSet<>();
        pairs.stream().filter(p -> !p.from().type().equals(p.to().type())).forEach(p -> {
            retypedBefore.add(ObjectId.column(fromTable, p.from().name()));
            retypedAfter.add(ObjectId.column(toTable, p.to().name()));
        });
        Set<String> names = new HashSet<>();
        if (retypedBefore.isEmpty()) {
            return names;
        }
        // what a generated column reads comes from the catalog (pg_depend of its expression), in either model
        for (Pair pair : pairs) {
            if (pair.from().generatedExpression() != null && pair.to().generatedExpression() != null
                    && (readsAny(fromDependencies, ObjectId.column(fromTable, pair.from().name()), retypedBefore)
                    || readsAny(toDependencies, ObjectId.column(toTable, pair.to().name()), retypedAfter))) {
                names.add(pair.from().name());
            }
        }
        return names;
    }

    private static boolean readsAny(Dependencies dependencies, ObjectId column, Set<ObjectId> columns) {
        return dependencies.referencedBy(column).stream().anyMatch(c -> !c.equals(column) && columns.contains(c));
    }
}
