package dev.retort.diff.render;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ScriptWriter writes a {@link MigrationPlan} as a SQL script with a header that summarizes the changes and the
 * hazards, and each statement's hazards as {@code -- hazards: ...} comments.
 *
 * <pre>{@code
 * String sql = new ScriptWriter().write("upgrade", plan).sql();
 * }</pre>
 */
public final class ScriptWriter {

    /** The script for {@code plan}; an empty plan gives a header that says there is nothing to do. */
    public MigrationScript write(String description, MigrationPlan plan) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Retort migration: ").append(commentText(description)).append('\n');
        Set<String> changes = new LinkedHashSet<>();
        plan.statements().forEach(s -> changes.add(s.source().describe()));
        if (changes.isEmpty()) {
            sql.append("-- No changes: the schemas are equal.\n");
        } else {
            sql.append("-- Changes (").append(changes.size()).append("):\n");
            changes.forEach(c -> sql.append("--   ").append(commentText(c)).append('\n'));
            sql.append("-- Hazards: ").append(hazardSummary(plan)).append('\n');
            if (!plan.isTransactional()) {
                sql.append("-- Contains statements marked NOT_TRANSACTIONAL: run them outside a transaction block\n"
                        + "-- (or commit before using what they create).\n");
            }
        }
        Object previous = null;
        for (PlannedStatement statement : plan.statements()) {
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
        return new MigrationScript(description, sql.toString(), plan.hazards(), plan.isTransactional(),
                plan.statements().size());
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
