package dev.retort.vibes;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SCHEMA.md is the design record that the DSL and the entities follow; this keeps the document honest:
 * every table section lists exactly the model's columns (type, nullability, whether a default exists) and
 * exactly its key, constraint and index names; the enum table lists every enum type with its labels in order; the
 * index count table (per table and total) adds up to the model's.
 */
class SchemaDocumentTest {

    private static final Pattern NAMED_OBJECT = Pattern.compile("^- ((?:pk|fk|uq|ux|ix|ck)_[a-z0-9_]+)");
    private static final Pattern COUNT_ROW = Pattern.compile("\\| ([a-z_]+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|");
    private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");
    private static final Pattern ENUM_HEADING = Pattern.compile("^## Enum types \\((\\d+)\\)$");
    private static final Pattern ENUM_ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([a-z_, ]+) \\|$");
    private static final Pattern TOTAL_ROW = Pattern.compile(
            "^\\| \\*\\*(\\d+) tables\\*\\* \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| \\*\\*(\\d+)\\*\\* \\|$");

    @Test
    void everyTableSectionMatchesTheModel() throws IOException {
        SchemaModel model = new VibesSchema().schema();
        Map<String, Section> sections = sections(Files.readAllLines(Path.of("SCHEMA.md")));
        assertEquals(new TreeSet<>(model.tables().stream().map(t -> t.name().name()).toList()),
                new TreeSet<>(sections.keySet()), "SCHEMA.md has one section per table");
        for (Section section : sections.values()) {
            Table table = model.table(QualifiedName.of("public", section.table)).orElseThrow();
            List<String> modelColumns = table.columns().stream().map(SchemaDocumentTest::describe).toList();
            assertEquals(modelColumns, section.columns, "columns of " + section.table + " (name type null default?)");
            assertEquals(objectNames(table), new TreeSet<>(section.names), "named objects of " + section.table);
        }
    }

    @Test
    void theIndexCountTableMatchesTheModel() throws IOException {
        SchemaModel model = new VibesSchema().schema();
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("SCHEMA.md"))) {
            Matcher m = COUNT_ROW.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
            }
        }
        Map<String, String> counted = new LinkedHashMap<>();
        int total = 0;
        for (Table t : model.tables()) {
            int pk = t.primaryKey() == null ? 0 : 1;
            int sum = pk + t.uniqueConstraints().size() + t.indexes().size();
            total += sum;
            counted.put(t.name().name(), pk + " " + t.uniqueConstraints().size() + " " + t.indexes().size() + " " + sum);
        }
        assertEquals(new TreeMap<>(counted), new TreeMap<>(documented), "per-table rows of the index count table");
        assertEquals(model.physicalIndexCount(), total);
        String totals = Files.readAllLines(Path.of("SCHEMA.md")).stream().map(TOTAL_ROW::matcher)
                .filter(Matcher::matches).map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4)
                        + " " + m.group(5)).findFirst().orElse("no total row");
        int uniques = model.tables().stream().mapToInt(t -> t.uniqueConstraints().size()).sum();
        int indexes = model.tables().stream().mapToInt(t -> t.indexes().size()).sum();
        int keys = (int) model.tables().stream().filter(t -> t.primaryKey() != null).count();
        assertEquals(model.tables().size() + " " + keys + " " + uniques + " " + indexes + " " + total, totals,
                "the total row: tables, PK, uniques, indexes, total");
    }

    @Test
    void theEnumTableListsEveryEnumTypeWithItsLabelsInOrder() throws IOException {
        SchemaModel model = new VibesSchema().schema();
        Map<String, String> documented = new TreeMap<>();
        String heading = null;
        for (String line : Files.readAllLines(Path.of("SCHEMA.md"))) {
            Matcher h = ENUM_HEADING.matcher(line);
            if (h.matches()) {
                heading = h.group(1);
            }
            Matcher m = ENUM_ROW.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), m.group(2));
            }
        }
        Map<String, String> declared = new TreeMap<>();
        model.enums().forEach(e -> declared.put(e.name().name(), String.join(", ", e.values())));
        assertEquals(declared, documented, "enum types and their labels");
        assertEquals(String.valueOf(model.enums().size()), heading, "the count in the heading \"Enum types (N)\"");
    }

    private static String describe(Column c) {
        boolean hasDefault = c.defaultExpression() != null || c.identity() != null;
        return c.name() + " " + typeName(c.type()) + " " + (c.nullable() ? "yes" : "no") + " " + hasDefault;
    }

    private static String typeName(DataType type) {
        if (type instanceof UserDefinedType) {
            return ((UserDefinedType) type).name().name();
        }
        return ((BuiltinType) type).name();
    }

    private static TreeSet<String> objectNames(Table t) {
        TreeSet<String> names = new TreeSet<>();
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        t.foreignKeys().forEach(f -> names.add(f.name()));
        t.uniqueConstraints().forEach(u -> names.add(u.name()));
        t.checkConstraints().forEach(c -> names.add(c.name()));
        t.indexes().forEach(i -> names.add(i.name()));
        return names;
    }

    private static Map<String, Section> sections(List<String> lines) {
        Map<String, Section> sections = new LinkedHashMap<>();
        Section current = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                String heading = line.substring(3).trim();
                current = heading.matches("[a-z_]+") ? new Section(heading) : null;
                if (current != null) {
                    sections.put(heading, current);
                }
            } else if (current != null && line.startsWith("| ") && !line.startsWith("| column")) {
                String[] cells = line.split("\\|");
                String type = docType(cells[2].trim());
                boolean hasDefault = !cells[4].trim().isEmpty();
                current.columns.add(cells[1].trim() + " " + type + " " + cells[3].trim() + " " + hasDefault);
            } else if (current != null) {
                Matcher m = NAMED_OBJECT.matcher(line);
                if (m.find()) {
                    current.names.add(m.group(1));
                }
            }
        }
        return sections;
    }

    // SCHEMA.md abbreviates two long format_type spellings.
    private static String docType(String type) {
        if (type.equals("tz")) {
            return "timestamp with time zone";
        }
        Matcher m = VARCHAR.matcher(type);
        return m.matches() ? "character varying(" + m.group(1) + ")" : type;
    }

    private static final class Section {
        final String table;
        final List<String> columns = new ArrayList<>();
        final List<String> names = new ArrayList<>();

        Section(String table) {
            this.table = table;
        }
    }
}
