package dev.retort.testing.gen;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.PartitionStrategy;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableHierarchy;
import dev.retort.testing.gen.ObjectSpec.PartSpec;
import dev.retort.testing.gen.ObjectSpec.PartitionedSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Partitions generates partitioned tables ({@link PartitionedSpec}) and their changes: partitions added and dropped,
 * detached (left as plain tables) and attached again, a default partition, a partitioned key and index. It never
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
            List<PartSpec> parts = new ArrayList<>(List.of(new PartSpec(0, true, true)));
            if (e.pick(3) % 2 == 0) {
                parts.add(new PartSpec(1, e.pick(4) % 2 == 0, true));
            }
            return new PartitionedSpec(name, strategy, e.pick(1) % 3 != 0, e.pick(2) % 2 == 0,
                    strategy != 2 && e.pick(5) % 3 == 0, parts);
        }
        List<PartSpec> parts = new ArrayList<>(existing.partitions());
        boolean key = existing.key();
        boolean index = existing.index();
        boolean withDefault = existing.withDefault();
        int bound = Math.floorMod(e.pick(0), BOUNDS);
        PartSpec part = parts.stream().filter(p -> p.bound() == bound).findFirst().orElse(null);
        // membership changes (ATTACH, DETACH) are the most likely
        switch (Math.floorMod(e.pick(6), 10)) {
            case 0 -> {
                if (part == null) {
                    parts.add(new PartSpec(bound, true, true));
                }
            }
            case 1 -> parts.remove(part);
            case 2, 3, 4 -> {
                // the first attached partition that is not sub-partitioned
                PartSpec attached = parts.stream().filter(x -> x.attached() && !subPartitioned(existing, x.bound()))
                        .findFirst().orElse(null);
                if (attached != null) {
                    // with the copies DETACH leaves, or without them (the plan drops them after the detach)
                    parts.set(parts.indexOf(attached), new PartSpec(attached.bound(), false, e.pick(5) % 2 == 0));
                }
            }
            case 5, 6 -> {
                PartSpec detached = parts.stream().filter(x -> !x.attached()).findFirst().orElse(null);
                if (detached != null) {
                    parts.set(parts.indexOf(detached), new PartSpec(detached.bound(), true, true));
                }
            }
            case 7 -> withDefault = strategy != 2 && !withDefault;
            case 8 -> index = !index;
            default -> key = !key;
        }
        return new PartitionedSpec(name, existing.strategy(), key, index, withDefault,
                parts.stream().sorted(java.util.Comparator.comparingInt(PartSpec::bound)).toList());
    }

    private static boolean subPartitioned(PartitionedSpec p, int bound) {
        return p.strategy() == 1 && bound == 0;
    }

    /** The tables of a family: the parent, its (sub-)partitions and the detached ones. */
    static List<Table> tables(PartitionedSpec p) {
        QualifiedName parent = QualifiedName.of("public", p.name());
        PartitionStrategy strategy = STRATEGIES[p.strategy()];
        List<Column> columns = List.of(Column.of("id", new BuiltinType("integer")).withNullable(false),
                Column.of("k", new BuiltinType(strategy == PartitionStrategy.LIST ? "text" : "integer"))
                        .withNullable(strategy == PartitionStrategy.HASH),
                Column.of("v", new BuiltinType("text")));
        List<String> keyColumns = strategy == PartitionStrategy.HASH ? List.of("id") : List.of("id", "k");
        List<Table> out = new ArrayList<>();
        out.add(Table.named(parent).withColumns(columns)
                .withPrimaryKey(p.key() ? new PrimaryKey(p.name() + "_pkey", keyColumns) : null)
                .withIndexes(p.index() ? List.of(index(p.name() + "_v")) : List.of())
                .withHierarchy(TableHierarchy.NONE.withPartitionBy(new PartitionSpec(strategy,
                        List.of(strategy == PartitionStrategy.HASH ? "id" : "k")))));
        for (PartSpec part : p.partitions()) {
            QualifiedName name = QualifiedName.of("public", p.name() + "_p" + part.bound());
            if (!part.attached()) {
                boolean copies = part.keepCopies();
                out.add(Table.named(name).withColumns(columns)
                        .withPrimaryKey(copies && p.key() ? new PrimaryKey(name.name() + "_pkey", keyColumns) : null)
                        .withIndexes(copies && p.index() ? List.of(index(name.name() + "_v_idx")) : List.of()));
                continue;
            }
            TableHierarchy h = TableHierarchy.NONE.withPartitionOf(new PartitionOf(parent, bound(strategy, part.bound())));
            if (subPartitioned(p, part.bound())) {
                h = h.withPartitionBy(new PartitionSpec(PartitionStrategy.HASH, List.of("id")));
                for (int r = 0; r < 2; r++) {
                    out.add(Table.named(QualifiedName.of("public", name.name() + "_h" + r)).withHierarchy(TableHierarchy.NONE
                            .withPartitionOf(new PartitionOf(name, "FOR VALUES WITH (MODULUS 2, REMAINDER " + r + ")"))));
                }
            }
            out.add(Table.named(name).withHierarchy(h));
        }
        if (p.withDefault()) {
            out.add(Table.named(QualifiedName.of("public", p.name() + "_def"))
                    .withHierarchy(TableHierarchy.NONE.withPartitionOf(new PartitionOf(parent, "DEFAULT"))));
        }
        return out;
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
