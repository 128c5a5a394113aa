package dev.retort.diff.acceptance;

import dev.retort.schema.model.ColumnConversion;
import dev.retort.schema.model.Repartitioning;
import dev.retort.schema.model.SchemaModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * AcceptanceCase is one data-driven case in pg-schema-diff's shape, read from a file of
 * {@code src/test/resources/acceptance}: the old DDL, the new DDL, the plan Retort must produce (upgrade and derived
 * downgrade) and the hazards of the upgrade. A file holds the cases of one object kind:
 *
 * <pre>
 * == add column
 * -- old
 * CREATE TABLE t (id int);
 * -- new
 * CREATE TABLE t (id int, name text);
 * -- plan
 * ALTER TABLE public.t ADD COLUMN name text;
 * -- downgrade
 * ALTER TABLE public.t DROP COLUMN name;
 * -- hazards
 * ACCESS_EXCLUSIVE_LOCK
 * </pre>
 *
 * Optional sections: {@code -- declare} ({@code rename table t from old_t}, {@code rename column t.name from label},
 * {@code repartition table t by copying rows [dropping backup]},
 * {@code convert column t.created using to_timestamp(created) back extract(epoch FROM created)::bigint}: the
 * {@code USING} expression of the upgrade over the old column and, after the word {@code back}, the downgrade's
 * over the new one, which may be left out with {@code back}; the upgrade's expression cannot hold the word
 * {@code back} itself: hints only a declaration carries) and
 * {@code -- options} ({@code schemas public app}, {@code reorders columns} when the downgrade adds a dropped middle
 * column back last, {@code since 15}, {@code lock-safe} for the plan of {@code DiffEngine.lockSafe()},
 * {@code roles app_user} for roles the test creates first, {@code irreversible downgrade} where PostgreSQL has no way
 * back, which the downgrade must say with an IRREVERSIBLE hazard), and {@code -- refused} instead of the plan
 * sections: the message of the {@code RefusedChangeException} the diff must throw, for a difference no plan can make.
 *
 * @param file     the file it comes from
 * @param sections the sections by name, in file order
 */
record AcceptanceCase(String file, String name, Map<String, String> sections) {

    static final List<String> SECTIONS = List.of("old", "new", "declare", "options", "plan", "downgrade", "hazards",
            "refused");

    String section(String key) {
        return sections.getOrDefault(key, "").strip();
    }

    List<String> schemas() {
        for (String option : lines("options")) {
            if (option.startsWith("schemas ")) {
                return List.of(option.substring("schemas ".length()).trim().split("\\s+"));
            }
        }
        return List.of("public");
    }

    /** The roles the case grants to ({@code roles a b}): the test creates them, as they are cluster-wide. */
    List<String> roles() {
        for (String option : lines("options")) {
            if (option.startsWith("roles ")) {
                return List.of(option.substring("roles ".length()).trim().split("\\s+"));
            }
        }
        return List.of();
    }

    boolean reordersColumns() {
        return lines("options").contains("reorders columns");
    }

    /** The downgrade cannot give the old schema back (it says so with an IRREVERSIBLE hazard). */
    boolean irreversibleDowngrade() {
        return lines("options").contains("irreversible downgrade");
    }

    boolean lockSafe() {
        return lines("options").contains("lock-safe");
    }

    int minimumMajor() {
        return lines("options").stream().filter(o -> o.startsWith("since ")).map(o -> Integer.parseInt(o.substring(6).trim()))
                .findFirst().orElse(14);
    }

    /** The edits of the inspected new model that only a declaration can carry. */
    UnaryOperator<SchemaModel> declare() {
        UnaryOperator<SchemaModel> all = UnaryOperator.identity();
        for (String line : lines("declare")) {
            String[] w = line.split("\\s+");
            UnaryOperator<SchemaModel> previous = all;
            if (w.length == 5 && w[0].equals("rename") && w[1].equals("table") && w[3].equals("from")) {
                all = m -> TableCases.renameTable(previous.apply(m), w[2], w[4]);
            } else if (w.length == 5 && w[0].equals("rename") && w[1].equals("column") && w[3].equals("from")) {
                String[] tableColumn = w[2].split("\\.");
                all = m -> TableCases.renameColumn(previous.apply(m), tableColumn[0], tableColumn[1], w[4]);
            } else if (line.matches("repartition table \\S+ by copying rows( dropping backup)?")) {
                Repartitioning mode = line.endsWith("dropping backup") ? Repartitioning.COPY_ROWS_DROP_BACKUP
                        : Repartitioning.COPY_ROWS_KEEP_BACKUP;
                all = m -> TableCases.repartition(previous.apply(m), w[2], mode);
            } else if (w.length >= 5 && w[0].equals("convert") && w[1].equals("column") && w[2].contains(".")
                    && w[3].equals("using")) {
                String[] tableColumn = w[2].split("\\.");
                String expressions = line.substring(line.indexOf(" using ") + " using ".length());
                int back = expressions.indexOf(" back ");
                ColumnConversion conversion = new ColumnConversion(back < 0 ? expressions : expressions.substring(0, back),
                        back < 0 ? null : expressions.substring(back + " back ".length()));
                all = m -> converting(previous.apply(m), tableColumn[0], tableColumn[1], conversion);
            } else {
                throw new IllegalArgumentException(file + ", case " + name + ": unknown declaration \"" + line
                        + "\"; write rename table T from OLD, rename column T.C from OLD, repartition table T by"
                        + " copying rows [dropping backup] or convert column T.C using UPGRADE [back DOWNGRADE]"
                        + " (USING expressions over the old column and, back, over the new one)");
            }
        }
        return all;
    }

    private SchemaModel converting(SchemaModel model, String table, String column, ColumnConversion conversion) {
        if (model.tables().stream().noneMatch(t -> t.name().name().equals(table) && t.column(column).isPresent())) {
            throw new IllegalArgumentException(file + ", case " + name + ": convert column " + table + "." + column
                    + ": the new DDL has no such column");
        }
        return model.withTables(model.tables().stream().map(t -> !t.name().name().equals(table) ? t
                : t.withColumns(t.columns().stream().map(c -> c.name().equals(column) ? c.withConversion(conversion) : c)
                        .toList())).toList());
    }

    private List<String> lines(String key) {
        return section(key).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** This case with the plan and hazards sections replaced (for the update mode). */
    AcceptanceCase withResults(String plan, String downgrade, String hazards) {
        Map<String, String> updated = new LinkedHashMap<>(sections);
        updated.put("plan", plan);
        updated.put("downgrade", downgrade);
        updated.put("hazards", hazards);
        return new AcceptanceCase(file, name, updated);
    }

    /** The case in its file format. */
    String text() {
        StringBuilder out = new StringBuilder("== ").append(name).append('\n');
        for (String key : SECTIONS) {
            if (sections.containsKey(key)) {
                out.append("-- ").append(key).append('\n');
                String body = section(key);
                if (!body.isEmpty()) {
                    out.append(body).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Every case of one file, in order; text before the first case is the file's header. */
    static List<AcceptanceCase> parse(String file, String text) {
        List<AcceptanceCase> cases = new ArrayList<>();
        String name = null;
        String section = null;
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        for (String line : (text + "\n== ").lines().toList()) {
            if (line.startsWith("== ")) {
                if (name != null) {
                    Map<String, String> done = new LinkedHashMap<>();
                    sections.forEach((k, v) -> done.put(k, v.toString()));
                    if (!done.containsKey("old") || !done.containsKey("new")) {
                        throw new IllegalArgumentException(file + ", case " + name + ": needs -- old and -- new");
                    }
                    cases.add(new AcceptanceCase(file, name, done));
                }
                name = line.substring(3).strip();
                section = null;
                sections = new LinkedHashMap<>();
            } else if (name != null && line.startsWith("-- ") && SECTIONS.contains(line.substring(3).strip())) {
                section = line.substring(3).strip();
                sections.put(section, new StringBuilder());
            } else if (section != null) {
                sections.get(section).append(line).append('\n');
            }
        }
        return cases;
    }

    static String header(String text) {
        int first = text.startsWith("== ") ? 0 : text.indexOf("\n== ");
        return first < 0 ? text : text.substring(0, first == 0 ? 0 : first + 1);
    }

    @Override
    public String toString() {
        return file + ": " + name;
    }
}
