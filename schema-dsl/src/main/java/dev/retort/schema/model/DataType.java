package dev.retort.schema.model;

/**
 * DataType is the type of a column or of a sequence: a built-in PostgreSQL type, a user-defined type
 * (enum, domain, extension type) or an array of either.
 *
 * <p>Built-in types are held in PostgreSQL's canonical spelling (what {@code format_type} prints), so that a
 * declared type and an inspected type compare equal: {@code integer}, not {@code int4};
 * {@code character varying(20)}, not {@code varchar(20)}.
 *
 * <pre>{@code
 * DataType price = new BuiltinType("numeric(10,2)");
 * DataType tags = new ArrayType(new BuiltinType("text"));
 * DataType mood = new UserDefinedType(QualifiedName.of("public", "mood"));
 * }</pre>
 */
public sealed interface DataType permits BuiltinType, UserDefinedType, ArrayType {

    /** The type as SQL, with user-defined names quoted as needed. */
    String sql();
}
