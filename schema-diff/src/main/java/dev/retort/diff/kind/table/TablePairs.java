package dev.retort.diff.kind.table;

import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.AlterTableOptions;
import dev.retort.diff.change.CreateTable;
import dev.retort.diff.change.DropForeignKey;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.DropTable;
import dev.retort.diff.change.EnumColumn;
import dev.retort.diff.change.RenameTable;
import dev.retort.diff.change.SchemaChange;
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
 * TablePairs is the table part of a diff: old tables paired with new ones (by name, then by declared rename), each
 * aligned with what it inherits from a parent (see {@link Hierarchies}), and its columns paired (see
 * {@link ColumnMatch}). The enum diff asks it which columns an enum recreate converts; {@link #changes} then adds the
 * tables' own changes: drops, creations, and for each pair its columns, constraints, indexes and partitioning.
 *
 * <pre>{@code
 * List<SchemaChange> out = new ArrayList<>();
 * TablePairs tables = TablePairs.match(from, to, out);   // adds the declared table renames
 * tables.changes(out);
 * }</pre>
 */
public final class TablePairs {

    private final SchemaModel from;
    private final SchemaModel to;
    private final Renames renames = new Renames();
    private final Map<Table, Table> pairs = new LinkedHashMap<>();
    private final Map<Table, ColumnMatch> columnMatches = new LinkedHashMap<>();
    private Repartitions repartitions;
    // the attaches of partitions' own indexes to their parents' (see IndexCopies), found while pairing
    private final List<SchemaChange> attaches = new ArrayList<>();
    // partitions' keys made of their copies of a new parent index, or dropped with it (see CopyKeys)
    private final CopyKeys copyKeys = new CopyKeys();

    private TablePairs(SchemaModel from, SchemaModel to) {
        this.from = from;
        this.to = to;
    }

    /** Pairs the tables of {@code from} and {@code to}; each declared table rename is added to {@code out}. */
    public static TablePairs match(SchemaModel from, SchemaModel to, List<SchemaChange> out) {
        TablePairs tables = new TablePairs(from, to);
        // tables converted by copying their rows are one change each, with their partitions (see Repartitions)
        tables.repartitions = Repartitions.find(from, to);
        Map<Table, Table> matched = matchTables(from, to, tables.renames, out);
        matched.keySet().removeIf(t -> tables.repartitions.handlesFrom(t.name()));
        // a table that joins or leaves a parent is compared with what it gets from the parent (see Hierarchies)
        matched.forEach((f, t) -> {
            Table[] aligned = Hierarchies.align(from, f, to, t, tables.renames);
            Table compared = IndexCopies.attach(from, aligned[0], to, aligned[1], tables.renames, tables.attaches);
            tables.pairs.put(tables.copyKeys.align(from, compared, to, aligned[1], tables.renames, tables.attaches),
                    aligned[1]);
        });
        tables.pairs.forEach((f, t) -> {
            ColumnMatch match = new ColumnMatch(f, t, from.dependencies(), to.dependencies());
            match.pairs.stream().filter(ColumnMatch.Pair::renamed)
                    .forEach(p -> tables.renames.column(f.name(), p.from().name(), p.to().name()));
            tables.columnMatches.put(t, match);
        });
        return tables;
    }

    /**
     * The columns an enum recreate converts: in the upgrade those that have the type in the old model and survive,
     * under their new names; in the downgrade the reverse (see {@link EnumUsages}).
     */
    public List<EnumColumn> enumColumns(QualifiedName type, boolean upgrade) {
        return EnumUsages.convert(type, pairs, columnMatches, upgrade);
    }

    /** Adds the drops and creations of unpaired tables, and the changes of each paired table, to {@code out}. */
    public void changes(List<SchemaChange> out) {
        Set<QualifiedName> paired = new HashSet<>();
        pairs.keySet().forEach(t -> paired.add(t.name()));
        Set<QualifiedName> targets = new HashSet<>();
        pairs.values().forEach(t -> targets.add(t.name()));
        for (Table table : from.tables()) {
            if (!paired.contains(table.name()) && !repartitions.handlesFrom(table.name())) {
                Table whole = RenameHints.strip(table);
                Table dropped = withoutIndexIdentity(whole);
                if (dropped != whole) {
                    out.add(new AlterTableOptions(whole.name(), whole.options(), whole.name(), dropped.options()));
                }
                dropped.foreignKeys().forEach(fk -> out.add(new DropForeignKey(dropped.name(), fk)));
                dropped.indexes().forEach(ix -> out.add(new DropIndex(dropped.name(), ix)));
                out.add(new DropTable(dropped.withForeignKeys(List.of()).withIndexes(List.of()), referencedParent(from, dropped)));
            }
        }
        for (Table table : to.tables()) {
            if (!targets.contains(table.name()) && !repartitions.handlesTo(table.name())) {
                Table whole = RenameHints.strip(table);
                Table created = withoutIndexIdentity(whole);
                out.add(new CreateTable(created.withForeignKeys(List.of()).withIndexes(List.of()),
                        referencedParent(to, created)));
                created.indexes().forEach(ix -> out.add(new CreateIndex(created.name(), ix)));
                if (created != whole) {
                    out.add(new AlterTableOptions(whole.name(), created.options(), whole.name(), whole.options()));
                }
                IndexCopies.created(to, created, out);
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
        out.addAll(attaches);
        pairs.forEach((f, t) -> IndexCopies.renames(from, f, to, t, renames, copyKeys, out));
        repartitions.changes(from, to, out);
        KeptNotNull.carry(from, to, out);
        copyKeys.carry(out);
    }

    /**
     * {@code table} with the default replica identity where its own is USING one of its plain indexes, which exist
     * only after CREATE TABLE (and go before DROP TABLE): that replica identity is set after them (reset before).
     * A key's index comes with CREATE TABLE, so its replica identity stays inline.
     */
    private static Table withoutIndexIdentity(Table table) {
        String index = table.options().replicaIdentityIndex();
        if (index == null || table.indexes().stream().noneMatch(i -> i.name().equals(index))) {
            return table;
        }
        return table.withOptions(table.options().withReplicaIdentity(null));
    }

    /** See {@link dev.retort.diff.kind.BuiltInKinds#copyDependencies}. */
    public static List<dev.retort.schema.model.Dependency> copyDependencies(SchemaModel model) {
        return IndexCopies.keyDependencies(model);
    }

    /** True for a partition one of whose parents (at any depth) a foreign key of {@code model} references. */
    private static boolean referencedParent(SchemaModel model, Table table) {
        Set<QualifiedName> parents = new HashSet<>();
        for (Table t = table; t != null && t.hierarchy().isPartition() && parents.add(t.hierarchy().partitionOf().parent()); ) {
            t = model.table(t.hierarchy().partitionOf().parent()).orElse(null);
        }
        return !parents.isEmpty() && model.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> parents.contains(fk.referencedTable()));
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
}
