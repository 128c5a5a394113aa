package dev.retort.runner.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import dev.retort.runner.HistoryRow;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationScript;
import dev.retort.runner.MigrationStatus;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.ScriptCatalog;
import dev.retort.runner.TargetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code retort history [--verbose]}: every migration, applied or pending, with its checksum and downgrade. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List migrations: version, description, applied at, checksum, downgrade present.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    RetortCli cli;

    @Option(names = {"-v", "--verbose"}, description = "Also the state, file, parents, user and execution time")
    boolean verbose;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text (default) or json: {\"current\", \"migrations\": [{\"version\", \"description\","
                    + " \"appliedAt\", \"checksum\", \"downgrade\", \"state\", \"installedBy\", \"executionMs\","
                    + " \"parents\", \"file\"}]}")
    OutputFormat format;

    @Override
    public Integer call() {
        ProjectConfig config = cli.config();
        try (TargetDatabase db = cli.openDatabase(config)) {
            MigrationRunner runner = cli.runner(config, db);
            MigrationStatus status = runner.status();
            Map<String, Integer> fileChecksums = runner.resolvedChecksums();
            Map<String, String[]> lines = new TreeMap<>(ScriptCatalog::compare);
            ScriptCatalog catalog = status.catalog();
            for (MigrationScript s : catalog.scripts()) {
                lines.put(s.version(), row(s.version(), Optional.of(s), find(status, s.version()), fileChecksums, catalog));
            }
            for (HistoryRow r : status.history()) {
                if (r.version() != null && catalog.find(r.version()).isEmpty()) {
                    lines.put(r.version(), row(r.version(), Optional.empty(), Optional.of(r), fileChecksums, catalog));
                }
            }
            if (format == OutputFormat.json) {
                cli.out.println(Json.write(json(status, lines.values())));
                return 0;
            }
            List<String[]> table = new ArrayList<>();
            table.add(verbose
                    ? new String[] {"VERSION", "DESCRIPTION", "APPLIED AT", "CHECKSUM", "DOWNGRADE", "STATE", "BY", "MS", "PARENTS", "FILE"}
                    : new String[] {"VERSION", "DESCRIPTION", "APPLIED AT", "CHECKSUM", "DOWNGRADE"});
            table.addAll(lines.values());
            print(table);
            cli.out.println("current: " + Position.of(status));
            return 0;
        }
    }

    private Optional<HistoryRow> find(MigrationStatus status, String version) {
        return status.history().stream()
                .filter(r -> r.version() != null && ScriptCatalog.compare(r.version(), version) == 0)
                .reduce((a, b) -> b);
    }

    private String[] row(String version, Optional<MigrationScript> script, Optional<HistoryRow> applied,
                         Map<String, Integer> fileChecksums, ScriptCatalog catalog) {
        String description = script.map(MigrationScript::description).orElseGet(() -> applied.get().description());
        String when = applied.filter(HistoryRow::success).map(r -> WHEN.format(r.installedOn())).orElse("pending");
        Integer fileSum = fileChecksums.get(ScriptCatalog.normalize(version));
        Integer sum = applied.map(HistoryRow::checksum).orElse(fileSum);
        String checksum = sum == null ? "-" : Integer.toString(sum);
        String downgrade = script.map(s -> s.hasDowngrade() ? "yes" : "MISSING").orElse("-");
        if (!verbose && format != OutputFormat.json) {
            return new String[] {version, description, when, checksum, downgrade};
        }
        String state;
        if (script.isEmpty()) {
            state = "file missing";
        } else if (applied.isEmpty()) {
            state = "pending";
        } else if (!applied.get().success()) {
            state = "failed";
        } else if (applied.get().checksum() != null && fileSum != null && !applied.get().checksum().equals(fileSum)) {
            state = "EDITED";
        } else {
            state = "applied";
        }
        int index = catalog.scripts().indexOf(script.orElse(null));
        String parents = index < 0 ? "-" : catalog.effectiveParents(index).isEmpty() ? "base"
                : String.join("+", catalog.effectiveParents(index));
        return new String[] {version, description, when, checksum, downgrade, state,
                applied.map(HistoryRow::installedBy).orElse("-"),
                applied.map(r -> Integer.toString(r.executionTime())).orElse("-"), parents,
                script.map(s -> s.upgrade().getFileName().toString()).orElseGet(() -> applied.get().script())};
    }

    /** The verbose columns as objects; "-" and "pending" become null, numbers become numbers. */
    private static Map<String, Object> json(MigrationStatus status, java.util.Collection<String[]> rows) {
        List<Object> migrations = new ArrayList<>();
        for (String[] r : rows) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("version", r[0]);
            m.put("description", r[1]);
            m.put("appliedAt", r[2].equals("pending") ? null : r[2].replace(' ', 'T'));
            m.put("checksum", r[3].equals("-") ? null : Integer.valueOf(r[3]));
            m.put("downgrade", r[4].equals("yes") ? Boolean.TRUE : r[4].equals("MISSING") ? Boolean.FALSE : null);
            m.put("state", r[5]);
            m.put("installedBy", r[6].equals("-") ? null : r[6]);
            m.put("executionMs", r[7].equals("-") ? null : Integer.valueOf(r[7]));
            m.put("parents", r[8].equals("-") ? List.of() : r[8].equals("base") ? List.of() : List.of(r[8].split("\\+")));
            m.put("file", r[9]);
            migrations.add(m);
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("current", status.current().orElse(null));
        out.put("head", status.atHead());
        out.put("migrations", migrations);
        return out;
    }

    private void print(List<String[]> table) {
        int[] widths = new int[table.get(0).length];
        for (String[] r : table) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : table) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(i == r.length - 1 ? r[i] : String.format("%-" + widths[i] + "s  ", r[i]));
            }
            cli.out.println(sb.toString().stripTrailing());
        }
    }
}
