package dev.retort.diff.render;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ScriptWriter writes a {@link MigrationPlan} as a SQL script with a header that summarizes the changes and the
 * hazards, each statement's hazards as {@code -- hazards: ...} comments, and the differences the script cannot
 * carry (in what Retort does not manage) as comments. "No changes: the schemas are equal" is written only when
 * there is neither a change nor such a difference.
 *
 * <p>{@link Mode#FLYWAY} (the default) writes the V/U files Flyway runs in its own transaction; {@link Mode#PSQL}
 * writes a script that is atomic under {@code psql -f}: {@code BEGIN}/{@code COMMIT} around each run of
 * statements that can share a transaction, and the others (CONCURRENTLY ...) outside, each labelled.
 *
 * <pre>{@code
 * String file = new ScriptWriter().write("upgrade", plan).sql();
 * String printed = new ScriptWriter(ScriptWriter.Mode.PSQL, List.of()).write("upgrade", plan).sql();
 * }</pre>
 */
public final class ScriptWriter {

    /** Who runs the script. */
    public enum Mode {
        /** Flyway (or the runner), which wraps the file in its own transaction: no BEGIN/COMMIT in it. */
        FLYWAY,
        /** {@code psql -f}: the script brings its own transactions. */
        PSQL
    }

    private final Mode mode;
    private final List<String> unmanaged;

    /** A writer of Flyway files that knows of no difference outside the plan. */
    public ScriptWriter() {
        this(Mode.FLYWAY, List.of());
    }

    /**
     * @param unmanaged one line per difference in what Retort does not manage, named in the header
     */
    public ScriptWriter(Mode mode, List<String> unmanaged) {
        this.mode = mode;
        this.unmanaged = List.copyOf(unmanaged);
    }

    /** The script for {@code plan}; an empty plan gives a header that says there is nothing to do. */
    public MigrationScript write(String description, MigrationPlan plan) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Retort migration: ").append(commentText(description)).append('\n');
        Set<String> changes = new LinkedHashSet<>();
        plan.statements().forEach(s -> changes.add(s.source().describe()));
        if (changes.isEmpty() && unmanaged.isEmpty()) {
            sql.append("-- No changes: the schemas are equal.\n");
        } else if (changes.isEmpty()) {
            sql.append("-- No changes Retort can make, but the schemas are NOT equal.\n");
        } else {
            sql.append("-- Changes (").append(changes.size()).append("):\n");
            changes.forEach(c -> sql.append("--   ").append(commentText(c)).append('\n'));
            sql.append("-- Hazards: ").append(hazardSummary(plan)).append('\n');
            if (!plan.isTransactional()) {
                sql.append("-- Contains statements marked NOT_TRANSACTIONAL: run them outside a transaction block\n"
                        + "-- (or commit before using what they create).\n");
            }
        }
        if (!unmanaged.isEmpty()) {
            sql.append("-- Not in this script: ").append(unmanaged.size()).append(unmanaged.size() == 1
                    ? " difference" : " differences").append(" in what Retort does not manage (migrate by hand):\n");
            unmanaged.forEach(u -> sql.append("--   ").append(commentText(u)).append('\n'));
        }
        Object previous = null;
        Boolean run = null;
        for (PlannedStatement statement : plan.statements()) {
            if (mode == Mode.PSQL && !Boolean.valueOf(statement.transactional()).equals(run)) {
                closeTransaction(sql, run);
                run = statement.transactional();
                sql.append('\n').append(run ? "-- in one transaction:\nBEGIN;\n"
                        : "-- outside a transaction (cannot run inside one):\n");
            }
            sql.append('\n');
            if (statement.source() != previous) {
                sql.append("-- ").append(commentText(statement.source().describe())).append('\n');
                previous = statement.source();
            }
            if (!statement.hazards().isEmpty()) {
                sql.append("-- hazards: ").append(statement.hazards().stream().map(Enum::name)
                        .collect(Collectors.joining(", "))).append('\n');
            }
            sql.append(statement.sql()).append(";\n");
        }
        closeTransaction(sql, run);
        return new MigrationScript(description, sql.toString(), plan.hazards(), plan.isTransactional(),
                plan.statements().size());
    }

    private static void closeTransaction(StringBuilder sql, Boolean run) {
        if (Boolean.TRUE.equals(run)) {
            sql.append("\nCOMMIT;\n");
        }
    }

    private static String hazardSummary(MigrationPlan plan) {
        Map<Hazard, Integer> counts = new EnumMap<>(Hazard.class);
        plan.statements().forEach(s -> s.hazards().forEach(h -> counts.merge(h, 1, Integer::sum)));
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " statement)" : " statements)"))
                .collect(Collectors.joining(", "));
    }

    /**
     * Text safe inside a {@code --} comment: names may hold line breaks, which would end the comment and turn the
     * rest of the name into SQL, so every control character is written as an escape.
     */
    static String commentText(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                safe.append(String.format("\\u%04x", cp));
            } else {
                safe.appendCodePoint(cp);
            }
        });
        return safe.toString();
    }
}
