package dev.retort.schema.model;

import java.util.Objects;

/**
 * Routine is a function or a procedure (SQL, PL/pgSQL or any installed language; aggregates and window functions are
 * not routines here). It is held as the server prints it: {@code definition} is the whole
 * {@code pg_get_functiondef} text (arguments, result, language, volatility, strictness, security, parallel safety,
 * cost, rows, {@code SET} settings, leakproofness and body), so two states compare exactly as PostgreSQL sees them.
 * Its identity is its name and {@code identityArguments}, since PostgreSQL allows overloads.
 *
 * <pre>{@code
 * Routine add = new Routine(ObjectKind.FUNCTION, QualifiedName.of("public", "add"), "a integer, b integer",
 *         "a integer, b integer", "integer", "sql", false,
 *         "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$SELECT a + b$function$\n",
 *         null);
 * add.id();   // function public.add(a integer, b integer)
 * }</pre>
 *
 * @param kind              {@link ObjectKind#FUNCTION} or {@link ObjectKind#PROCEDURE}
 * @param name              its qualified name
 * @param identityArguments the arguments that identify it, as {@code pg_get_function_identity_arguments} prints them
 * @param arguments         all its arguments with modes and defaults, as {@code pg_get_function_arguments} prints them
 * @param result            what it returns, as {@code pg_get_function_result} prints it; null for a procedure
 * @param language          its language ({@code sql}, {@code plpgsql} ...)
 * @param atomicBody        true for a SQL-standard body ({@code BEGIN ATOMIC ... END} or {@code RETURN ...}), which the
 *                          server parses at creation and whose dependencies it records
 * @param definition        the statement that creates it, as {@code pg_get_functiondef} prints it
 * @param comment           its comment, or null
 */
public record Routine(ObjectKind kind, QualifiedName name, String identityArguments, String arguments, String result,
                      String language, boolean atomicBody, String definition, String comment) implements SchemaObject {

    public Routine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identityArguments, "identityArguments");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(definition, "definition");
        if (!kind.isRoutine()) {
            throw new IllegalArgumentException(name + ": a routine is a function or a procedure, not a " + kind);
        }
    }

    @Override
    public ObjectId id() {
        return ObjectId.routine(kind, name, identityArguments);
    }

    /** True for a procedure ({@code CALL}), false for a function. */
    public boolean isProcedure() {
        return kind == ObjectKind.PROCEDURE;
    }

    public Routine withComment(String newComment) {
        return new Routine(kind, name, identityArguments, arguments, result, language, atomicBody, definition, newComment);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Routine other
                && Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(identityArguments, other.identityArguments)
                && Objects.equals(arguments, other.arguments)
                && Objects.equals(result, other.result)
                && Objects.equals(language, other.language)
                && atomicBody == other.atomicBody
                && Objects.equals(definition, other.definition)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(kind);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(identityArguments);
        h = 31 * h + Objects.hashCode(arguments);
        h = 31 * h + Objects.hashCode(result);
        h = 31 * h + Objects.hashCode(language);
        h = 31 * h + Boolean.hashCode(atomicBody);
        h = 31 * h + Objects.hashCode(definition);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
