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
 * Column email = Column.of("email", new BuiltinType("text")).withNullable(false)
 *         .withCollation(QualifiedName.of("pg_catalog", "C"));
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
 * @param collation           {@code COLLATE} when it is not the type's default, or null
 * @param identityOptions     the identity sequence's options when they are not the defaults, or null
 * @param storage             {@code SET STORAGE} (plain, external, extended, main) when not the type's, or null
 * @param compression         {@code SET COMPRESSION} (pglz, lz4) when set on the column, or null
 * @param conversion          how the values become a new type without a cast (a declaration hint, DSL only), or null
 * @param identitySequence    the name of the identity's sequence (in the table's schema) when it is not the one
 *                            PostgreSQL makes, {@code table_column_seq} (see {@link #identitySequenceOn}), or null
 */
public record Column(
        String name,
        DataType type,
        boolean nullable,
        String defaultExpression,
        IdentityGeneration identity,
        String generatedExpression,
        String comment,
        String renamedFrom,
        QualifiedName collation,
        IdentityOptions identityOptions,
        String storage,
        String compression,
        ColumnConversion conversion,
        String identitySequence) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        // options and the sequence of an identity that is not there do not exist
        identityOptions = identity == null ? null : identityOptions;
        identitySequence = identity == null ? null : identitySequence;
    }

    /** A column whose identity, if any, has the sequence PostgreSQL names. */
    public Column(String name, DataType type, boolean nullable, String defaultExpression, IdentityGeneration identity,
                  String generatedExpression, String comment, String renamedFrom, QualifiedName collation,
                  IdentityOptions identityOptions, String storage, String compression, ColumnConversion conversion) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom, collation,
                identityOptions, storage, compression, conversion, null);
    }

    /** A column without a conversion hint (what the inspector reads). */
    public Column(String name, DataType type, boolean nullable, String defaultExpression, IdentityGeneration identity,
                  String generatedExpression, String comment, String renamedFrom, QualifiedName collation,
                  IdentityOptions identityOptions, String storage, String compression) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom, collation,
                identityOptions, storage, compression, null);
    }

    /** A column without collation, identity options, storage or compression settings. */
    public Column(String name, DataType type, boolean nullable, String defaultExpression, IdentityGeneration identity,
                  String generatedExpression, String comment, String renamedFrom) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom, null, null,
                null, null);
    }

    /** A nullable column with nothing else set. */
    public static Column of(String name, DataType type) {
        return new Column(name, type, true, null, null, null, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withType(DataType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withIdentity(IdentityGeneration newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withGenerated(String expression) {
        return new Column(name, type, nullable, defaultExpression, identity, expression, comment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withRenamedFrom(String oldName) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, oldName,
                collation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withCollation(QualifiedName newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                newCollation, identityOptions, storage, compression, conversion, identitySequence);
    }

    public Column withIdentityOptions(IdentityOptions newOptions) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, newOptions, storage, compression, conversion, identitySequence);
    }

    public Column withStorage(String newStorage) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, newStorage, compression, conversion, identitySequence);
    }

    public Column withCompression(String newCompression) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, newCompression, conversion, identitySequence);
    }

    /** This column with the declaration's conversion to a new type (see {@link ColumnConversion}). */
    public Column withConversion(ColumnConversion newConversion) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, compression, newConversion, identitySequence);
    }

    /** This column with its identity's sequence named {@code sequence} (null: the name PostgreSQL makes). */
    public Column withIdentitySequence(String sequence) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, renamedFrom,
                collation, identityOptions, storage, compression, conversion, sequence);
    }

    /**
     * The name of this column's identity sequence when the column is on {@code table}: the declared one, or the one
     * PostgreSQL makes ({@code table_column_seq}); null without an identity.
     *
     * <pre>{@code
     * Column id = Column.of("id", new BuiltinType("bigint")).withIdentity(IdentityGeneration.ALWAYS);
     * id.identitySequenceOn("orders");                              // orders_id_seq
     * id.withIdentitySequence("order_ids").identitySequenceOn("orders"); // order_ids
     * }</pre>
     */
    public String identitySequenceOn(String table) {
        if (identity == null) {
            return null;
        }
        return identitySequence != null ? identitySequence : Identifiers.madeName(table, name, "seq");
    }
}
