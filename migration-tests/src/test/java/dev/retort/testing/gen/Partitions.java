package dev.retort.testing.gen;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.PartitionStrategy;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableHierarchy;
import dev.retort.testing.gen.ObjectSpec.PartSpec;
import dev.retort.testing.gen.ObjectSpec.PartitionedSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Partitions generates partitioned tables ({@link PartitionedSpec}) and their changes: partitions added and dropped,
 * detached (left as plain tables, with or without the copies of the parent's key, index and foreign key, under
 * PostgreSQL's names or their own) and attached again, a default partition, a partitioned key and index, a foreign key
 * from the parent (cloned onto the partitions) and one to it, and partitions' copies of the parent's index and key
 * declared under names of their own (renamed, or given with a parent index added). It never
 * changes whether a table is partitioned or its key: Retort refuses that on purpose (without a declared conversion).
 */
final class Partitions {

    private static final PartitionStrategy[] STRATEGIES = {PartitionStrategy.RANGE, PartitionStrategy.LIST,
            PartitionStrategy.HASH};
    private static final int BOUNDS = 3;

    private Partitions() {
    }

    /** The family {@code name} created, or changed (or with a null result... dropped) as the edit's picks say. */
    static ObjectSpec edit(List<ObjectSpec> specs, String name, int strategy, ObjectEdit e) {
        PartitionedSpec existing = specs.stream().filter(s -> s instanceof PartitionedSpec p && p.name().equals(name))
                .map(s -> (PartitionedSpec) s).findFirst().orElse(null);
        if (existing == null) {
            // partition 0 may declare its copies' names (not when sub-partitioned: LIST's partition 0)
            int copyNames = strategy == 1 ? 0 : Math.floorMod(e.pick(0), 6) % 4;
            List<PartSpec> parts = new ArrayList<>(List.of(new PartSpec(0, true, true, 0, copyNames)));
            if (e.pick(3) % 2 == 0) {
                parts.add(new PartSpec(1, e.pick(4) % 2 == 0, true, Math.floorMod(e.pick(4), 3), 0));
            }
            return new PartitionedSpec(name, strategy, e.pick(1) % 3 != 0, e.pick(2) % 2 == 0,
                    strategy != 2 && e.pick(5) % 3 == 0, parts, e.pick(6) % 2 == 0, e.pick(6) % 4 < 2);
        }
        List<PartSpec> parts = new ArrayList<>(existing.partitions());
        boolean key = existing.key();
        boolean index = existing.index();
        boolean withDefault = existing.withDefault();
        boolean fkOut = existing.fkOut();
        boolean fkIn = existing.fkIn();
        int bound = Math.floorMod(e.pick(0), BOUNDS);
        PartSpec part = parts.stream().filter(p -> p.bound() == bound).findFirst().orElse(null);
        // the picked partition if it is attached and not sub-partitioned, else the first such
        PartSpec plainAttached = part != null && part.attached() && !subPartitioned(existing, bound) ? part
                : parts.stream().filter(x -> x.attached() && !subPartitioned(existing, x.bound())).findFirst().orElse(null);
        // membership changes (DETACH, ATTACH) are the most likely, first among the cases (picks are often 0)
        switch (Math.floorMod(e.pick(6), 13)) {
            case 5 -> {
                if (part == null) {
                    parts.add(new PartSpec(bound, true, true, 0,
                            subPartitioned(existing, bound) ? 0 : Math.floorMod(e.pick(3), 6) % 4));
                }
            }
            case 6 -> parts.remove(part);
            case 0, 1, 2, 3, 4 -> {
                // the first attached partition that is not sub-partitioned, and the first detached one
                PartSpec attached = parts.stream().filter(x -> x.attached() && !subPartitioned(existing, x.bound()))
                        .findFirst().orElse(null);
                PartSpec detached = parts.stream().filter(x -> !x.attached()).findFirst().orElse(null);
                if (detached != null && (attached == null || e.pick(2) % 2 == 0)) {
                    parts.set(parts.indexOf(detached), new PartSpec(detached.bound(), true, true, 0,
                            detached.copyNames()));
                } else if (attached != null) {
                    // with the copies DETACH leaves, or without them (the plan drops them after the detach); the copy
                    // of the parent's foreign key under its name, another, or none
                    parts.set(parts.indexOf(attached), new PartSpec(attached.bound(), false, e.pick(5) % 2 == 0,
                            Math.floorMod(e.pick(4), 3), attached.copyNames()));
                }
            }
            case 7 -> withDefault = strategy != 2 && !withDefault;
            case 8 -> {
                index = !index;
                // a parent index added whose copy on one partition has a declared name
                if (index && plainAttached != null && e.pick(4) % 2 == 0) {
                    parts.set(parts.indexOf(plainAttached), withCopyNames(plainAttached, plainAttached.copyNames() | 1));
                }
            }
            case 9 -> key = !key;
            case 10 -> {
                // a partition's copy of the parent's index (bit 0) or key (bit 1) renamed, or given PostgreSQL's name back
                if (plainAttached != null) {
                    parts.set(parts.indexOf(plainAttached),
                            withCopyNames(plainAttached, plainAttached.copyNames() ^ (1 << Math.floorMod(e.pick(4), 2))));
                }
            }
            case 11 -> fkOut = !fkOut;
            default -> fkIn = !fkIn;
        }
        return new PartitionedSpec(name, existing.strategy(), key, index, withDefault,
                parts.stream().sorted(java.util.Comparator.comparingInt(PartSpec::bound)).toList(), fkOut, fkIn);
    }

    private static PartSpec withCopyNames(PartSpec p, int copyNames) {
        return new PartSpec(p.bound(), p.attached(), p.keepCopies(), p.fkCopy(), copyNames);
    }

    private static boolean subPartitioned(PartitionedSpec p, int bound) {
        return p.strategy() == 1 && bound == 0;
    }

    /**
     * The tables of a family: the parent, its (sub-)partitions and the detached ones, and the tables its foreign keys
     * join it to ({@code <name>_ref}, referenced by the parent; {@code <name>_in}, referencing it).
     */
    static List<Table> tables(PartitionedSpec p) {
        QualifiedName parent = QualifiedName.of("public", p.name());
        PartitionStrategy strategy = STRATEGIES[p.strategy()];
        Column k = Column.of("k", new BuiltinType(strategy == PartitionStrategy.LIST ? "text" : "integer"))
                .withNullable(strategy == PartitionStrategy.HASH);
        List<Column> columns = List.of(Column.of("id", new BuiltinType("integer")).withNullable(false), k,
                Column.of("v", new BuiltinType("text")));
        List<String> keyColumns = strategy == PartitionStrategy.HASH ? List.of("id") : List.of("id", "k");
        QualifiedName ref = QualifiedName.of("public", p.name() + "_ref");
        String fkName = p.name() + "_fk";
        List<Table> out = new ArrayList<>();
        if (p.fkOut()) {
            out.add(Table.named(ref).withColumns(List.of(Column.of("id", new BuiltinType("integer")).withNullable(false)))
                    .withPrimaryKey(new PrimaryKey(ref.name() + "_pkey", List.of("id"))));
        }
        out.add(Table.named(parent).withColumns(columns)
                .withPrimaryKey(p.key() ? new PrimaryKey(p.name() + "_pkey", keyColumns) : null)
                .withIndexes(p.index() ? List.of(index(p.name() + "_v")) : List.of())
                .withForeignKeys(p.fkOut() ? List.of(foreignKey(fkName, ref)) : List.of())
                .withHierarchy(TableHierarchy.NONE.withPartitionBy(new PartitionSpec(strategy,
                        List.of(strategy == PartitionStrategy.HASH ? "id" : "k")))));
        for (PartSpec part : p.partitions()) {
            QualifiedName name = QualifiedName.of("public", p.name() + "_p" + part.bound());
            boolean namedIndex = (part.copyNames() & 1) != 0;
            boolean namedKey = (part.copyNames() & 2) != 0;
            if (!part.attached()) {
                boolean copies = part.keepCopies();
                List<ForeignKey> fks = !p.fkOut() || part.fkCopy() == 2 ? List.of()
                        : List.of(foreignKey(part.fkCopy() == 0 ? fkName : name.name() + "_fk", ref));
                out.add(Table.named(name).withColumns(columns)
                        .withPrimaryKey(copies && p.key() ? new PrimaryKey(name.name() + (namedKey ? "_pk" : "_pkey"),
                                keyColumns) : null)
                        .withIndexes(copies && p.index() ? List.of(index(name.name() + (namedIndex ? "_vx" : "_v_idx")))
                                : List.of())
                        .withForeignKeys(fks));
                continue;
            }
            TableHierarchy h = TableHierarchy.NONE.withPartitionOf(new PartitionOf(parent, bound(strategy, part.bound())));
            if (subPartitioned(p, part.bound())) {
                h = h.withPartitionBy(new PartitionSpec(PartitionStrategy.HASH, List.of("id")));
                for (int r = 0; r < 2; r++) {
                    out.add(Table.named(QualifiedName.of("public", name.name() + "_h" + r)).withHierarchy(TableHierarchy.NONE
                            .withPartitionOf(new PartitionOf(name, "FOR VALUES WITH (MODULUS 2, REMAINDER " + r + ")"))));
                }
            } else {
                // the copies declared under names of their own, as attachedIndexName declares them
                List<IndexCopy> copies = new ArrayList<>();
                if (p.index() && namedIndex) {
                    copies.add(new IndexCopy(p.name() + "_v", name.name() + "_vx"));
                }
                if (p.key() && namedKey) {
                    copies.add(new IndexCopy(p.name() + "_pkey", name.name() + "_pk"));
                }
                h = h.withIndexCopies(copies);
            }
            out.add(Table.named(name).withHierarchy(h));
        }
        if (p.withDefault()) {
            out.add(Table.named(QualifiedName.of("public", p.name() + "_def"))
                    .withHierarchy(TableHierarchy.NONE.withPartitionOf(new PartitionOf(parent, "DEFAULT"))));
        }
        if (p.fkIn()) {
            QualifiedName in = QualifiedName.of("public", p.name() + "_in");
            List<Column> inColumns = new ArrayList<>(List.of(Column.of("id", new BuiltinType("integer")).withNullable(false),
                    Column.of("pid", new BuiltinType("integer"))));
            List<String> referencing = new ArrayList<>(List.of("pid"));
            if (keyColumns.size() > 1) {
                inColumns.add(Column.of("pk", k.type()));
                referencing.add("pk");
            }
            out.add(Table.named(in).withColumns(inColumns).withForeignKeys(p.key() ? List.of(new ForeignKey(in.name() + "_fk",
                    referencing, parent, keyColumns, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false))
                    : List.of()));
        }
        return out;
    }

    private static ForeignKey foreignKey(String name, QualifiedName ref) {
        return new ForeignKey(name, List.of("id"), ref, List.of("id"), ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION, false, false);
    }

    private static Index index(String name) {
        return new Index(name, false, "btree", List.of(IndexElement.column("v")), List.of(), null, false);
    }

    private static String bound(PartitionStrategy strategy, int bound) {
        return switch (strategy) {
            case RANGE -> "FOR VALUES FROM (" + bound * 100 + ") TO (" + (bound + 1) * 100 + ")";
            case LIST -> "FOR VALUES IN ('a" + bound + "')";
            case HASH -> "FOR VALUES WITH (MODULUS " + BOUNDS + ", REMAINDER " + bound + ")";
        };
    }
}
