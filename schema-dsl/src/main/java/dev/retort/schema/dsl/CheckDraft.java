package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.naming.NamingConvention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CheckDraft is a check constraint being declared; it becomes a {@link CheckConstraint} at build time. */
final class CheckDraft implements CheckStep {

    // Words outside string literals and outside double quotes, and double-quoted identifiers.
    private static final Pattern WORD = Pattern.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")+)\"|([\\p{L}_][\\p{L}\\p{N}_$]*)");

    private final String expression;
    private final String column;
    private String name;
    private boolean notValid;
    private boolean noInherit;
    private String comment;

    /** A check; {@code column} is the column it was declared on, or null for a table-level check. */
    CheckDraft(String expression, String column) {
        this.expression = expression;
        this.column = column;
    }

    @Override
    public CheckStep named(String constraintName) {
        this.name = constraintName;
        return this;
    }

    @Override
    public CheckStep notValid() {
        this.notValid = true;
        return this;
    }

    @Override
    public CheckStep noInherit() {
        this.noInherit = true;
        return this;
    }

    @Override
    public CheckStep comment(String text) {
        this.comment = text;
        return this;
    }

    CheckConstraint toModel(QualifiedName table, List<String> tableColumns, NamingConvention naming) {
        String resolved = name;
        if (resolved == null) {
            List<String> mentioned = column != null ? List.of(column) : mentionedColumns(expression, tableColumns);
            resolved = naming.checkConstraintName(table.schema(), table.name(), mentioned);
        }
        return new CheckConstraint(resolved, expression, notValid, noInherit, comment);
    }

    /** The table's columns that {@code expression} mentions, in order of first mention. */
    static List<String> mentionedColumns(String expression, List<String> tableColumns) {
        Set<String> known = Set.copyOf(tableColumns);
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(expression);
        while (matcher.find()) {
            String word = matcher.group(1) != null ? matcher.group(1).replace("\"\"", "\"")
                    : matcher.group(2) != null ? matcher.group(2).toLowerCase(java.util.Locale.ROOT) : null;
            if (word != null && known.contains(word)) {
                found.add(word);
            }
        }
        return new ArrayList<>(found);
    }
}
