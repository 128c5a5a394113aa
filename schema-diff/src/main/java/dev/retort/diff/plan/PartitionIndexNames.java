package dev.retort.diff.plan;

import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.naming.NameShortener;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PartitionIndexNames gives each partition's index of a partitioned index the name PostgreSQL gives it when the index
 * is created on the parent in one statement ({@code <partition>_<columns>_idx}, {@code expr} for an expression, a
 * number after {@code idx} where the name is taken), so that the lock-safe build (one index per partition, attached)
 * leaves the catalog the plain {@code CREATE INDEX} would. The copies of the parents' other keys and indexes on the
 * same partition are counted as taken (they exist, under the names PostgreSQL chose, though the model does not hold
 * them).
 *
 * <pre>{@code
 * PartitionIndexNames names = new PartitionIndexNames(model);
 * names.of(partition, index);   // "measurement_y2026_city_id_idx"
 * }</pre>
 */
final class PartitionIndexNames {

    private static final int MAX = Identifiers.MAX_BYTES;

    private final SchemaModel model;
    private final Set<String> taken = new HashSet<>();
    // per partition: the parent's index (by name) to its copy's name
    private final Map<QualifiedName, Map<String, String>> copies = new HashMap<>();

    /** The relation names of {@code model}, which a chosen name must not repeat. */
    PartitionIndexNames(SchemaModel model) {
        this.model = model;
        for (Table t : model.tables()) {
            String schema = t.name().schema();
            taken.add(schema + "." + t.name().name());
            t.indexes().forEach(i -> taken.add(schema + "." + i.name()));
            if (t.primaryKey() != null) {
                taken.add(schema + "." + t.primaryKey().name());
            }
            t.uniqueConstraints().forEach(u -> taken.add(schema + "." + u.name()));
        }
        model.sequences().forEach(s -> taken.add(s.name().schema() + "." + s.name().name()));
    }

    /** The name PostgreSQL would give the copy on {@code table} of {@code index}, an index of one of its parents. */
    String of(Table table, Index index) {
        // the model names the copy where it holds the partition's copies (an inspected or normalized model)
        var declared = table.hierarchy().indexCopy(index.name());
        if (declared != null && declared.attached()) {
            return declared.name();
        }
        Map<String, String> names = copies.computeIfAbsent(table.name(), n -> new LinkedHashMap<>());
        if (names.isEmpty()) {
            Set<QualifiedName> seen = new HashSet<>();
            for (Table p = parent(table); p != null && seen.add(p.name()); p = parent(p)) {
                if (p.primaryKey() != null) {
                    names.putIfAbsent(p.primaryKey().name(), choose(table, "", "pkey"));
                }
                for (var u : p.uniqueConstraints()) {
                    names.putIfAbsent(u.name(), choose(table, addition(u.columns(), u.include()), "key"));
                }
                for (Index i : p.indexes()) {
                    names.putIfAbsent(i.name(), choose(table, addition(i), "idx"));
                }
            }
        }
        return names.computeIfAbsent(index.name(), n -> choose(table, addition(index), "idx"));
    }

    private Table parent(Table table) {
        return table.hierarchy().isPartition() ? model.table(table.hierarchy().partitionOf().parent()).orElse(null) : null;
    }

    private String choose(Table table, String columns, String label) {
        String schema = table.name().schema();
        for (int pass = 0; ; pass++) {
            String suffix = pass == 0 ? label : label + pass;
            String name = columns.isEmpty() ? objectName(table.name().name(), null, suffix)
                    : objectName(table.name().name(), columns, suffix);
            if (name == null) {
                // not plain ASCII: PostgreSQL cuts at character boundaries; this name at least fits
                name = NameShortener.fit(table.name().name() + (columns.isEmpty() ? "" : "_" + columns) + "_" + suffix);
            }
            if (taken.add(schema + "." + name)) {
                return name;
            }
        }
    }

    private static String addition(Index index) {
        return addition(index.elements().stream().map(e -> e.isExpression() ? "expr" : e.column()).toList(),
                index.include());
    }

    // the column names joined with "_" (an expression is "expr", a repeated name numbered), as long as a name can be
    private static String addition(List<String> columns, List<String> include) {
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>(columns);
        all.addAll(include);
        for (String origin : all) {
            String name = origin;
            for (int i = 1; names.contains(name); i++) {
                name = origin + i;
            }
            names.add(name);
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (!out.isEmpty()) {
                out.append('_');
            }
            out.append(name);
            if (out.length() >= MAX) {
                break;
            }
        }
        return out.toString();
    }

    // makeObjectName: the longer of the two parts is cut until name1_name2_label fits; null when not ASCII
    private static String objectName(String name1, String name2, String label) {
        if (!ascii(name1) || (name2 != null && !ascii(name2))) {
            return null;
        }
        if (name2 == null) {
            int available = MAX - label.length() - 1;
            return name1.substring(0, Math.min(name1.length(), available)) + "_" + label;
        }
        int available = MAX - label.length() - 2;
        int chars1 = name1.length();
        int chars2 = name2.length();
        while (chars1 + chars2 > available) {
            if (chars1 > chars2) {
                chars1--;
            } else {
                chars2--;
            }
        }
        return name1.substring(0, chars1) + "_" + name2.substring(0, chars2) + "_" + label;
    }

    private static boolean ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length == s.length();
    }
}
