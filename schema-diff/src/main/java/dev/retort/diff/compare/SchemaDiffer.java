package dev.retort.diff.compare;

import dev.retort.diff.change.*;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SchemaDiffer compares two models by name and returns the changes that turn {@code from} into {@code to}. It runs
 * without a database and is deterministic; {@code diff(a, a)} is empty.
 *
 * <p>Column order is ignored (PostgreSQL cannot reorder columns; {@link ColumnOrder} names the tables where it
 * differs). A table or column is renamed only when the new model declares it
 * ({@code renamedFrom}) and the old model has the old name but not the new one; renames are never guessed.
 * {@code public} is never created or dropped.
 *
 * <pre>{@code
 * List<SchemaChange> changes = new SchemaDiffer().diff(inspected, declared);
 * }</pre>
 */
public final class SchemaDiffer {

    private static final String PUBLIC = "public";

    /** The changes that turn {@code from} into {@code to}, in a deterministic order (the planner orders them). */
    public List<SchemaChange> diff(SchemaModel from, SchemaModel to) {
        List<SchemaChange> out = new ArrayList<>();
        for (String schema : to.schemas()) {
            if (!schema.equals(PUBLIC) && !from.schemas().contains(schema)) {
                out.add(new CreateSchema(schema));
            }
        }
        for (String schema : from.schemas()) {
            if (!schema.equals(PUBLIC) && !to.schemas().contains(schema)) {
                out.add(new DropSchema(schema));
            }
        }

        Renames renames = new Renames();
        // tables converted by copying their rows are one change each, with their partitions (see Repartitions)
        Repartitions repartitions = Repartitions.find(from, to);
        Map<Table, Table> matched = matchTables(from, to, renames, out);
        matched.keySet().removeIf(t -> repartitions.handlesFrom(t.name()));
        // a table that joins or leaves a parent is compared with what it gets from the parent (see Hierarchies)
        Map<Table, Table> pairs = new LinkedHashMap<>();
        matched.forEach((f, t) -> {
            Table[] aligned = Hierarchies.align(from, f, to, t, renames);
            pairs.put(aligned[0], aligned[1]);
        });
        Map<Table, ColumnMatch> columnMatches = new LinkedHashMap<>();
        pairs.forEach((f, t) -> {
            ColumnMatch match = new ColumnMatch(f, t, from.dependencies(), to.dependencies());
            match.pairs.stream().filter(ColumnMatch.Pair::renamed)
                    .forEach(p -> renames.column(f.name(), p.from().name(), p.to().name()));
            columnMatches.put(t, match);
        });

        enums(from, to, pairs, columnMatches, out);
        SequenceDiffer.diff(from.sequences(), to.sequences(), out);

        Set<QualifiedName> paired = new HashSet<>();
        pairs.keySet().forEach(t -> paired.add(t.name()));
        Set<QualifiedName> targets = new HashSet<>();
        pairs.values().forEach(t -> targets.add(t.name()));
        for (Table table : from.tables()) {
            if (!paired.contains(table.name()) && !repartitions.handlesFrom(table.name())) {
                Table dropped = strip(table);
                dropped.foreignKeys().forEach(fk -> out.add(new DropForeignKey(dropped.name(), fk)));
                dropped.indexes().forEach(ix -> out.add(new DropIndex(dropped.name(), ix)));
                out.add(new DropTable(dropped.withForeignKeys(List.of()).withIndexes(List.of())));
            }
        }
        for (Table table : to.tables()) {
            if (!targets.contains(table.name()) && !repartitions.handlesTo(table.name())) {
                Table created = strip(table);
                out.add(new CreateTable(created.withForeignKeys(List.of()).withIndexes(List.of())));
                created.indexes().forEach(ix -> out.add(new CreateIndex(created.name(), ix)));
                created.foreignKeys().forEach(fk -> out.add(new AddForeignKey(created.name(), fk)));
            }
        }

        Map<Table, TableDiffer> differs = new LinkedHashMap<>();
        Map<QualifiedName, Set<List<String>>> droppedKeys = new HashMap<>();
        Set<QualifiedName> recreatedEnums = recreatedEnums(from, to);
        pairs.forEach((f, t) -> {
            TableDiffer differ = new TableDiffer(f, t, columnMatches.get(t), renames, recreatedEnums,
                    from.dependencies(), to.dependencies());
            differs.put(t, differ);
            droppedKeys.put(f.name(), differ.droppedKeyColumns());
        });
        differs.values().forEach(d -> d.diff(out, droppedKeys));
        pairs.forEach((f, t) -> Hierarchies.changes(from, f, to, t, renames, out));
        repartitions.changes(from, to, out);
        ObjectDiffer.diff(from, to, out);
        return List.copyOf(out);
    }

    /** Pairs old tables with new ones (by name, then by declared rename), keyed by old table, in new-model order. */
    private static Map<Table, Table> matchTables(SchemaModel from, SchemaModel to, Renames renames, List<SchemaChange> out) {
        // indexed by name: models of thousands of tables are compared in linear time
        Map<QualifiedName, Table> fromByName = byName(from.tables());
        Map<QualifiedName, Table> toByName = byName(to.tables());
        Map<Table, Table> pairs = new LinkedHashMap<>();
        Set<QualifiedName> claimed = new HashSet<>();
        for (Table table : to.tables()) {
            Table old = fromByName.get(table.name());
            if (old != null) {
                pairs.put(old, table);
                claimed.add(old.name());
            }
        }
        for (Table table : to.tables()) {
            if (fromByName.containsKey(table.name()) || table.renamedFrom() == null) {
                continue;
            }
            QualifiedName old = QualifiedName.of(table.name().schema(), table.renamedFrom());
            if (!claimed.contains(old) && fromByName.containsKey(old) && !toByName.containsKey(old)) {
                pairs.put(fromByName.get(old), table);
                claimed.add(old);
                renames.table(old, table.name());
                out.add(new RenameTable(old, table.name()));
            }
        }
        return pairs;
    }

    private static void enums(SchemaModel from, SchemaModel to, Map<Table, Table> pairs,
                              Map<Table, ColumnMatch> columnMatches, List<SchemaChange> out) {
        for (EnumType type : to.enums()) {
            if (from.enumType(type.name()).isEmpty()) {
                out.add(new CreateEnum(type));
            }
        }
        for (EnumType type : from.enums()) {
            EnumType target = to.enumType(type.name()).orElse(null);
            if (target == null) {
                out.add(new DropEnum(type));
            } else if (!type.equals(target)) {
                boolean values = !type.values().equals(target.values());
                out.add(new AlterEnum(type, target,
                        values ? EnumUsages.convert(type.name(), pairs, columnMatches, true) : List.of(),
                        values ? EnumUsages.convert(type.name(), pairs, columnMatches, false) : List.of()));
            }
        }
    }

    private static Map<QualifiedName, Table> byName(List<Table> tables) {
        Map<QualifiedName, Table> map = new HashMap<>();
        tables.forEach(t -> map.put(t.name(), t));
        return map;
    }

    /** Enums whose labels change: their recreate (in one direction or the other) converts the columns using them. */
    private static Set<QualifiedName> recreatedEnums(SchemaModel from, SchemaModel to) {
        Set<QualifiedName> names = new HashSet<>();
        for (EnumType type : from.enums()) {
            to.enumType(type.name()).filter(t -> !t.values().equals(type.values())).ifPresent(t -> names.add(t.name()));
        }
        return names;
    }

    /** The column without its rename hint (hints are DSL-only and never part of a change). */
    static Column strip(Column column) {
        return column.renamedFrom() == null ? column : column.withRenamedFrom(null);
    }

    /** The table and its columns without rename hints. */
    static Table strip(Table table) {
        Table stripped = (table.renamedFrom() == null ? table : table.withRenamedFrom(null)).withRepartitioning(null);
        boolean hinted = stripped.columns().stream().anyMatch(c -> c.renamedFrom() != null);
        return hinted ? stripped.withColumns(stripped.columns().stream().map(SchemaDiffer::strip).toList()) : stripped;
    }

}
