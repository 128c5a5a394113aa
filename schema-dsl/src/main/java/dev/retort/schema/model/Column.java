package dev.retort.schema.model;

import java.util.Objects;

/**
 * Column is one column of a table.
 *
 * <p>{@code defaultExpression} and {@code generatedExpression} are SQL expressions ({@code now()},
 * {@code 'ok'::text}); after normalization they hold what PostgreSQL's {@code pg_get_expr} prints.
 * At most one of default, identity and generated is set. {@code renamedFrom} is a declared rename hint
 * that only the DSL sets; the inspector never does, and equality of schemas ignores it through the differ.
 *
 * <pre>{@code
 * Column email = Column.of("email", new BuiltinType("text")).withNullable(false);
 * }</pre>
 *
 * @param name                column name
 * @param type                column type
 * @param nullable            false when the column is NOT NULL
 * @param defaultExpression   default as SQL, or null
 * @param identity            identity generation, or null
 * @param generatedExpression expression of a {@code GENERATED ALWAYS AS (...) STORED} column, or null
 * @param comment             column comment, or null
 * @param renamedFrom         previous name when the column is declared as renamed, or null
 */
public record Column(
        String name,
        DataType type,
        boolean nullable,
        String defaultExpression,
        IdentityGeneration identity,
        String generatedExpression,
        String comment,
        String renamedFrom) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column with nothing else set. */
    public static Column of(String name, DataType type) {
        return new Column(name, type, true, null, null, null, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom);
    }

    public Column withType(DataType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment, renamedFrom);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generatedExpression, comment, renamedFrom);
    }

    public Column withIdentity(IdentityGeneration newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, comment, renamedFrom);
    }

    public Column withGenerated(String expression) {
        return new Column(name, type, nullable, defaultExpression, identity, expression, comment, renamedFrom);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment, renamedFrom);
    }

    public Column withRenamedFrom(String oldName) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, oldName);
    }
}
