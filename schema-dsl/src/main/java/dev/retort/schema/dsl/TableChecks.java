package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** TableChecks checks one table on its own: names, columns, and the columns its keys and indexes list. */
final class TableChecks {

    private static final Set<String> IDENTITY_TYPES = Set.of("smallint", "integer", "bigint");
    private static final Set<String> STORAGE = Set.of("plain", "external", "extended", "main");
    private static final Set<String> COMPRESSION = Set.of("pglz", "lz4");

    private TableChecks() {
    }

    static void check(Table table, List<String> problems) {
        String subject = "table " + Messages.table(table.name());
        NameChecks.length(subject, "name", table.name().name(), problems);
        if (table.columns().isEmpty()) {
            problems.add(subject + ": has no columns (declare at least one with t.column(...))");
        }
        columns(subject, table, problems);
        List<String> names = table.columns().stream().map(Column::name).toList();
        if (table.primaryKey() != null) {
            String what = "primary key " + table.primaryKey().name();
            NameChecks.length(subject, "primary key name", table.primaryKey().name(), problems);
            known(subject, what, table.primaryKey().columns(), names, problems);
            known(subject, what + " INCLUDE", table.primaryKey().include(), names, problems);
            repeated(subject, what, table.primaryKey().columns(), problems);
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            String what = "unique constraint " + unique.name();
            NameChecks.length(subject, "unique constraint name", unique.name(), problems);
            known(subject, what, unique.columns(), names, problems);
            known(subject, what + " INCLUDE", unique.include(), names, problems);
            repeated(subject, what, unique.columns(), problems);
        }
        for (CheckConstraint check : table.checkConstraints()) {
            NameChecks.length(subject, "check constraint name", check.name(), problems);
        }
        for (Index index : table.indexes()) {
            index(subject, index, names, problems);
        }
        constraintNames(subject, table, problems);
    }

    private static void columns(String subject, Table table, List<String> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (Column column : table.columns()) {
            NameChecks.length(subject, "column name", column.name(), problems);
            if (!seen.add(column.name()) && reported.add(column.name())) {
                problems.add(subject + ": column \"" + column.name() + "\" is declared more than once "
                        + "(keep one, or rename the others)");
            }
            String what = subject + ": column " + column.name();
            int valueSources = (column.defaultExpression() != null ? 1 : 0) + (column.identity() != null ? 1 : 0)
                    + (column.generatedExpression() != null ? 1 : 0);
            if (valueSources > 1) {
                problems.add(what + " combines a default, an identity and/or a generated expression "
                        + "(PostgreSQL allows only one of them per column; keep one)");
            }
            if (column.storage() != null && !STORAGE.contains(column.storage())) {
                problems.add(what + " has storage \"" + column.storage() + "\" (use plain, external, extended or main)");
            }
            if (column.compression() != null && !COMPRESSION.contains(column.compression())) {
                problems.add(what + " has compression \"" + column.compression() + "\" (use pglz or lz4)");
            }
            IdentityOptions options = column.identityOptions();
            if (options != null && (options.minValue() > options.maxValue() || options.start() < options.minValue()
                    || options.start() > options.maxValue())) {
                problems.add(what + " has identity options START " + options.start() + " MINVALUE " + options.minValue()
                        + " MAXVALUE " + options.maxValue() + " (START must lie between MINVALUE and MAXVALUE)");
            }
            if (column.identity() != null) {
                boolean integral = column.type() instanceof BuiltinType
                        && IDENTITY_TYPES.contains(((BuiltinType) column.type()).name());
                if (!integral) {
                    problems.add(what + " is an identity column of type " + column.type().sql()
                            + " (identity columns must be smallint, integer or bigint)");
                }
                if (column.nullable()) {
                    problems.add(what + " is an identity column but nullable (identity columns are NOT NULL)");
                }
                String sequence = column.identitySequence();
                if (sequence != null && (sequence.isEmpty() || Identifiers.byteLength(sequence) > Identifiers.MAX_BYTES)) {
                    problems.add(what + " names its identity sequence \"" + sequence + "\" (a name is 1 to "
                            + Identifiers.MAX_BYTES + " bytes)");
                }
            }
        }
    }

    private static void index(String subject, Index index, List<String> names, List<String> problems) {
        String what = "index " + index.name();
        NameChecks.length(subject, "index name", index.name(), problems);
        if (index.elements().isEmpty()) {
            problems.add(subject + ": " + what + " has no key parts (give it at least one column or expression)");
        }
        List<String> columns = new ArrayList<>();
        for (IndexElement element : index.elements()) {
            if (!element.isExpression()) {
                columns.add(element.column());
            }
        }
        known(subject, what, columns, names, problems);
        known(subject, what + " INCLUDE", index.include(), names, problems);
    }

    /** Reports every listed column the table does not have, with the closest real one. */
    static void known(String subject, String what, List<String> listed, List<String> names, List<String> problems) {
        for (String column : listed) {
            if (!names.contains(column)) {
                problems.add(subject + ": " + what + " references unknown column \"" + column + "\" "
                        + Suggestions.hint(column, names, "column"));
            }
        }
    }

    private static void repeated(String subject, String what, List<String> listed, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String column : listed) {
            if (!seen.add(column)) {
                problems.add(subject + ": " + what + " lists column \"" + column + "\" twice (list it once)");
            }
        }
    }

    /** Constraint names must differ within a table. */
    private static void constraintNames(String subject, Table table, List<String> problems) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        if (table.primaryKey() != null) {
            kinds.computeIfAbsent(table.primaryKey().name(), k -> new ArrayList<>()).add("primary key");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            kinds.computeIfAbsent(fk.name(), k -> new ArrayList<>()).add("foreign key");
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            kinds.computeIfAbsent(unique.name(), k -> new ArrayList<>()).add("unique constraint");
        }
        for (CheckConstraint check : table.checkConstraints()) {
            kinds.computeIfAbsent(check.name(), k -> new ArrayList<>()).add("check constraint");
        }
        kinds.forEach((name, users) -> {
            if (users.size() > 1) {
                problems.add(subject + ": " + users.size() + " constraints are named \"" + name + "\" ("
                        + String.join(", ", users) + "; give them distinct names with .named(...))");
            }
        });
    }
}
