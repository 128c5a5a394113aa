package dev.retort.schema.model;

import java.util.Objects;

/**
 * Aggregate is a user-defined aggregate function ({@code CREATE AGGREGATE}): its arguments and its options (state
 * function and type, final and combine functions, initial condition ...) as one {@code NAME = value} list, which an
 * inspected aggregate holds in the order and spelling Retort reads them from {@code pg_aggregate}.
 *
 * <pre>{@code
 * Aggregate concat = new Aggregate(QualifiedName.of("public", "group_concat"), "text", "text",
 *         "SFUNC = public._group_concat, STYPE = text", null);
 * concat.id();   // aggregate public.group_concat(text)
 * }</pre>
 *
 * @param name              its qualified name
 * @param identityArguments its argument types, as {@code pg_get_function_identity_arguments} prints them
 * @param arguments         its arguments as declared ({@code pg_get_function_arguments}; with {@code ORDER BY} for
 *                          an ordered-set aggregate)
 * @param options           the options inside {@code CREATE AGGREGATE ... ( )}
 * @param comment           its comment, or null
 */
public record Aggregate(QualifiedName name, String identityArguments, String arguments, String options, String comment)
        implements SchemaObject {

    public Aggregate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identityArguments, "identityArguments");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(options, "options");
    }

    @Override
    public ObjectId id() {
        return ObjectId.routine(ObjectKind.AGGREGATE, name, identityArguments);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Aggregate other
                && Objects.equals(name, other.name)
                && Objects.equals(identityArguments, other.identityArguments)
                && Objects.equals(arguments, other.arguments)
                && Objects.equals(options, other.options)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(identityArguments);
        h = 31 * h + Objects.hashCode(arguments);
        h = 31 * h + Objects.hashCode(options);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
