package dev.retort.schema.dsl;

import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;

import java.util.List;
import java.util.Locale;

/**
 * ExclusionBuilder declares an exclusion constraint on a table: no two rows may match on every element under its
 * operator. Give the part after {@code EXCLUDE} ({@code using("gist (room WITH =, during WITH &&)")}) or the whole
 * constraint ({@code definition("EXCLUDE USING gist (...) WHERE (...)")}); it is normalized through the server and
 * compares as {@code pg_get_constraintdef} prints it. A range or btree element over gist needs the
 * {@code btree_gist} extension, declared like any other.
 *
 * <pre>{@code
 * s.extension("btree_gist");
 * s.exclusion("bookings_no_overlap", bookings).using("gist (room WITH =, during WITH &&)")
 *         .comment("a room is booked once at a time");
 * }</pre>
 */
public final class ExclusionBuilder implements ObjectDraft {

    private final QualifiedName table;
    private final String name;
    private String definition;
    private String comment;

    ExclusionBuilder(QualifiedName table, String name) {
        this.table = table;
        this.name = name;
    }

    /** {@code EXCLUDE USING} and what follows: {@code using("gist (c WITH &&)")}, or a method and elements with a WHERE. */
    public ExclusionBuilder using(String methodAndElements) {
        this.definition = "EXCLUDE USING " + methodAndElements.strip();
        return this;
    }

    /** The whole constraint, starting with {@code EXCLUDE}. */
    public ExclusionBuilder definition(String exclude) {
        this.definition = exclude == null ? null : exclude.strip();
        return this;
    }

    /** A comment on the constraint. */
    public ExclusionBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add("exclusion constraint on " + table + ": the name is empty");
            return null;
        }
        String label = "exclusion constraint " + name + " on " + table;
        int before = problems.size();
        NameChecks.length(label, "the name", name, problems);
        if (definition == null || definition.isBlank()) {
            problems.add(label + ": say what it excludes: using(\"gist (c WITH &&)\")");
        } else if (!definition.toUpperCase(Locale.ROOT).startsWith("EXCLUDE")) {
            problems.add(label + ": definition(...) starts with EXCLUDE (or give using(\"gist (c WITH &&)\"))");
        }
        return problems.size() > before ? null : new ExclusionConstraint(table, name, definition, comment);
    }
}
