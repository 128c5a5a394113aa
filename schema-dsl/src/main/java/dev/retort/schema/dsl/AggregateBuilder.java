package dev.retort.schema.dsl;

import dev.retort.schema.model.Aggregate;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;

import java.util.List;
import java.util.Objects;

/**
 * AggregateBuilder declares an aggregate function by its arguments and its {@code CREATE AGGREGATE} options; the
 * normalizer reads it back as PostgreSQL stores it, so any spelling of the options compares.
 *
 * <pre>{@code
 * s.aggregate("group_concat", "text", "SFUNC = _group_concat, STYPE = text").comment("comma-separated");
 * }</pre>
 */
public final class AggregateBuilder implements ObjectDraft {

    private final QualifiedName name;
    private final String arguments;
    private final String options;
    private String comment;

    AggregateBuilder(QualifiedName name, String arguments, String options) {
        this.name = Objects.requireNonNull(name, "name");
        this.arguments = Objects.requireNonNull(arguments, "arguments");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Its comment. */
    public AggregateBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        if (name.name().isBlank()) {
            problems.add("aggregate in schema " + name.schema() + ": the name is empty (aggregate(\"total\", \"integer\","
                    + " \"SFUNC = int4pl, STYPE = integer\"))");
            return null;
        }
        if (!options.toUpperCase(java.util.Locale.ROOT).contains("SFUNC") || !options.toUpperCase(java.util.Locale.ROOT).contains("STYPE")) {
            problems.add("aggregate " + name + ": the options need SFUNC and STYPE (\"SFUNC = int4pl, STYPE = integer\")");
            return null;
        }
        return new Aggregate(name, arguments, arguments, options, comment);
    }
}
