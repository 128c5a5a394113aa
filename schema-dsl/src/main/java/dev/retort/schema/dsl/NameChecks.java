package dev.retort.schema.dsl;

import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** NameChecks checks identifier lengths and the per-schema namespace that relations share. */
final class NameChecks {

    private NameChecks() {
    }

    /** Reports {@code name} when it is over 63 UTF-8 bytes, which PostgreSQL would silently truncate. */
    static void length(String subject, String what, String name, List<String> problems) {
        int bytes = Identifiers.byteLength(name);
        if (bytes > Identifiers.MAX_BYTES) {
            problems.add(subject + ": " + what + " \"" + name + "\" is " + bytes + " bytes, over PostgreSQL's "
                    + Identifiers.MAX_BYTES + "-byte identifier limit (shorten it; PostgreSQL would silently cut it)");
        }
    }

    static void schemas(SchemaModel model, List<String> problems) {
        for (String schema : model.schemas()) {
            length("schema " + schema, "name", schema, problems);
        }
    }

    /**
     * Tables, sequences, indexes and the indexes behind primary keys and unique constraints share one namespace
     * per schema: two of them with one name cannot both be created.
     */
    static void relationNamespaces(SchemaModel model, List<String> problems) {
        Map<String, List<Entry>> byName = new TreeMap<>();
        for (Table table : model.tables()) {
            String schema = table.name().schema();
            add(byName, schema, table.name().name(), new Entry("table " + Messages.table(table.name()), null, true));
            if (table.primaryKey() != null) {
                add(byName, schema, table.primaryKey().name(), constraint("primary key", table));
            }
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                add(byName, schema, unique.name(), constraint("unique constraint", table));
            }
            for (Index index : table.indexes()) {
                add(byName, schema, index.name(), new Entry("index of table " + Messages.table(table.name()), null, false));
            }
        }
        for (Sequence sequence : model.sequences()) {
            add(byName, sequence.name().schema(), sequence.name().name(),
                    new Entry("sequence " + Messages.table(sequence.name()), null, false));
        }
        byName.forEach((key, entries) -> {
            if (entries.size() < 2 || alreadyReported(entries)) {
                return;
            }
            List<String> users = new ArrayList<>();
            entries.forEach(e -> users.add(e.description()));
            String schema = key.substring(0, key.indexOf('\u0000'));
            String name = key.substring(key.indexOf('\u0000') + 1);
            problems.add("schema " + schema + ": name \"" + name + "\" is used by " + String.join(" and ", users)
                    + "; tables, sequences, indexes, primary keys and unique constraints share one namespace per "
                    + "schema (rename all but one, e.g. with .named(...))");
        });
    }

    private static Entry constraint(String kind, Table table) {
        return new Entry(kind + " of table " + Messages.table(table.name()), table.name().toString(), false);
    }

    /** Duplicate tables, and constraints duplicated inside one table, have their own messages. */
    private static boolean alreadyReported(List<Entry> entries) {
        if (entries.stream().allMatch(Entry::table)) {
            return true;
        }
        String owner = entries.get(0).constraintOf();
        return owner != null && entries.stream().allMatch(e -> owner.equals(e.constraintOf()));
    }

    private static void add(Map<String, List<Entry>> byName, String schema, String name, Entry entry) {
        byName.computeIfAbsent(schema + '\u0000' + name, k -> new ArrayList<>()).add(entry);
    }

    /** One user of a relation name; {@code constraintOf} is the table of a constraint, or null. */
    private record Entry(String description, String constraintOf, boolean table) {
    }
}
