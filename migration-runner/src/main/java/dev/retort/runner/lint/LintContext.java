package dev.retort.runner.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * LintContext is what the statements linted so far in one file have done: tables and indexes they created
 * (statements on those lock nobody, so the online-safety rules do not apply to them), and NOT NULL checks they added
 * or validated. Names are compared without their schema.
 */
final class LintContext {

    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> createdIndexes = new HashSet<>();
    // table -> column -> true once a CHECK (column IS NOT NULL) on it is validated
    private final Map<String, Map<String, Boolean>> notNullChecks = new HashMap<>();
    // constraint name -> table.column of a NOT VALID not-null check, until it is validated
    private final Map<String, String[]> pendingNotNullChecks = new HashMap<>();

    void tableCreated(String table) {
        createdTables.add(table);
    }

    void indexCreated(String index) {
        createdIndexes.add(index);
    }

    /** True when the table may hold rows: not created earlier in the same file. */
    boolean existing(String table) {
        return table != null && !createdTables.contains(table);
    }

    boolean indexExisting(String index) {
        return index != null && !createdIndexes.contains(index);
    }

    void notNullCheckAdded(String table, String constraint, String column, boolean validated) {
        if (validated) {
            notNullChecks.computeIfAbsent(table, t -> new HashMap<>()).put(column, true);
        } else if (constraint != null) {
            pendingNotNullChecks.put(constraint, new String[] {table, column});
        }
    }

    void constraintValidated(String constraint) {
        String[] check = pendingNotNullChecks.remove(constraint);
        if (check != null) {
            notNullChecks.computeIfAbsent(check[0], t -> new HashMap<>()).put(check[1], true);
        }
    }

    boolean hasValidatedNotNullCheck(String table, String column) {
        return notNullChecks.getOrDefault(table, Map.of()).getOrDefault(column, false);
    }
}
