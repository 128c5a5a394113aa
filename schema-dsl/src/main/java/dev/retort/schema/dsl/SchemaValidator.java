package dev.retort.schema.dsl;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.InheritedColumns;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SchemaValidator finds every problem in a schema model that PostgreSQL would reject or silently change: unknown
 * tables and columns in keys, foreign keys and indexes; duplicate names; foreign keys that do not match their
 * target key; identifiers over 63 bytes; empty tables and enums; impossible sequences. Each problem names the
 * object and the fix. {@link SchemaBuilder#build()} runs it; tools may run it on any model.
 *
 * <pre>{@code
 * List<String> problems = SchemaValidator.problems(model);
 * // ["table journal_entries: index ix_entries_user references unknown column \"usr_id\" (did you mean \"user_id\"?)"]
 * }</pre>
 */
public final class SchemaValidator {

    private SchemaValidator() {
    }

    /** Every problem of {@code model}; empty when it is valid. */
    public static List<String> problems(SchemaModel model) {
        return problems(model, Set.of());
    }

    /**
     * Every problem of {@code model}, where foreign keys to the {@code unchecked} tables (managed elsewhere) are
     * taken as they are.
     */
    public static List<String> problems(SchemaModel model, Set<QualifiedName> unchecked) {
        List<String> problems = new ArrayList<>();
        NameChecks.schemas(model, problems);
        duplicateTables(model, problems);
        for (Table declared : model.tables()) {
            // a partition's or inheriting table's keys and indexes use the columns it gets from its parents
            Table table = InheritedColumns.effective(model, declared);
            TableChecks.check(table, problems);
            ReplicaIdentityChecks.check(table, problems);
            inheritedNotNull(model, declared, problems);
            new ForeignKeyChecks(model, unchecked).check(table, problems);
        }
        for (EnumType type : model.enums()) {
            enumType(type, problems);
        }
        duplicateEnums(model, problems);
        for (Sequence sequence : model.sequences()) {
            SequenceChecks.check(model, sequence, problems);
        }
        NameChecks.relationNamespaces(model, problems);
        return problems;
    }

    /** Each inheritedNotNull column is inherited, and nullable on the parent (else PostgreSQL holds it there). */
    private static void inheritedNotNull(SchemaModel model, Table declared, List<String> problems) {
        if (declared.hierarchy().notNullColumns().isEmpty()) {
            return;
        }
        Table asParentsHaveIt = declared.withHierarchy(declared.hierarchy().withNotNullColumns(List.of()));
        List<Column> inherited = InheritedColumns.of(model, asParentsHaveIt);
        for (String column : declared.hierarchy().notNullColumns()) {
            var parents = inherited.stream().filter(c -> c.name().equals(column)).findFirst();
            if (declared.column(column).isPresent() || parents.isEmpty()) {
                problems.add("table " + Messages.table(declared.name()) + ": inheritedNotNull(\"" + column
                        + "\") names no column inherited from its parents");
            } else if (!parents.get().nullable()) {
                problems.add("table " + Messages.table(declared.name()) + ": inheritedNotNull(\"" + column
                        + "\") is NOT NULL on the parent already (drop it)");
            }
        }
    }

    private static void duplicateTables(SchemaModel model, List<String> problems) {
        Map<QualifiedName, Integer> counts = new TreeMap<>();
        model.tables().forEach(t -> counts.merge(t.name(), 1, Integer::sum));
        counts.forEach((name, count) -> {
            if (count > 1) {
                problems.add("table " + Messages.table(name) + ": declared " + count
                        + " times (keep one declaration, or rename the others)");
            }
        });
    }

    private static void enumType(EnumType type, List<String> problems) {
        String subject = "enum " + Messages.table(type.name());
        NameChecks.length(subject, "name", type.name().name(), problems);
        if (type.values().isEmpty()) {
            problems.add(subject + ": has no values (list at least one label)");
        }
        Set<String> seen = new HashSet<>();
        for (String value : type.values()) {
            if (!seen.add(value)) {
                problems.add(subject + ": value \"" + value + "\" is listed twice (list each label once)");
            }
            NameChecks.length(subject, "value", value, problems);
            if (value.isEmpty()) {
                problems.add(subject + ": has an empty label (PostgreSQL requires labels of 1 to 63 bytes)");
            }
        }
    }

    private static void duplicateEnums(SchemaModel model, List<String> problems) {
        Map<QualifiedName, Integer> counts = new TreeMap<>();
        model.enums().forEach(e -> counts.merge(e.name(), 1, Integer::sum));
        Set<QualifiedName> tableNames = new HashSet<>();
        model.tables().forEach(t -> tableNames.add(t.name()));
        counts.forEach((name, count) -> {
            if (count > 1) {
                problems.add("enum " + Messages.table(name) + ": declared " + count + " times (keep one declaration)");
            }
            if (tableNames.contains(name)) {
                problems.add("enum " + Messages.table(name) + ": has the name of a table in the same schema, whose row "
                        + "type already takes that type name (rename the enum or the table)");
            }
        });
    }
}
