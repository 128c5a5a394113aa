package dev.retort.schema.dsl;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Types holds the column types of the DSL, each producing PostgreSQL's canonical ({@code format_type}) spelling
 * so that a declared column and an inspected one compare equal. Import them statically.
 *
 * <pre>{@code
 * import static dev.retort.schema.dsl.Types.*;
 *
 * t.column("email", varchar(320));          // character varying(320)
 * t.column("created_at", timestamptz());    // timestamp with time zone
 * t.column("price", numeric(10, 2));        // numeric(10,2)
 * t.column("tags", text().array());         // text[]
 * t.column("name", named("public", "citext"));   // a type the model does not manage
 * }</pre>
 *
 * <p>Parameters out of PostgreSQL's range are not thrown at once: they are reported with every other problem
 * when the schema is built.
 */
public final class Types {

    /** numeric's largest precision, and the range of its scale (PostgreSQL 15 and later accept negative scales). */
    static final int NUMERIC_MAX_PRECISION = 1000;
    /** The largest length of {@code varchar(n)} and {@code char(n)}. */
    static final int MAX_CHAR_LENGTH = 10_485_760;
    /** The largest fractional-seconds precision of time, timestamp and interval. */
    static final int MAX_SECONDS_PRECISION = 6;

    /** Spellings PostgreSQL accepts but never prints, with the one format_type prints. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int2", "smallint"), Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"), Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"),
            Map.entry("varchar", "character varying"), Map.entry("char", "character"), Map.entry("bpchar", "character"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("time", "time without time zone"),
            Map.entry("serial", "integer with an identity (generatedByDefaultAsIdentity())"),
            Map.entry("bigserial", "bigint with an identity (generatedByDefaultAsIdentity())"));

    private Types() {
    }

    /** {@code smallint}: 2-byte integer. */
    public static SqlType smallint() {
        return builtin("smallint");
    }

    /** {@code integer}: 4-byte integer. */
    public static SqlType integer() {
        return builtin("integer");
    }

    /** {@code bigint}: 8-byte integer. */
    public static SqlType bigint() {
        return builtin("bigint");
    }

    /** Unconstrained {@code numeric}. */
    public static SqlType numeric() {
        return builtin("numeric");
    }

    /** {@code numeric(precision)}, which PostgreSQL spells {@code numeric(precision,0)}. */
    public static SqlType numeric(int precision) {
        return numeric(precision, 0);
    }

    /** {@code numeric(precision,scale)}. */
    public static SqlType numeric(int precision, int scale) {
        String name = "numeric(" + precision + "," + scale + ")";
        String problem = null;
        if (precision < 1 || precision > NUMERIC_MAX_PRECISION) {
            problem = "precision " + precision + " must be between 1 and " + NUMERIC_MAX_PRECISION;
        } else if (scale < -NUMERIC_MAX_PRECISION || scale > NUMERIC_MAX_PRECISION) {
            problem = "scale " + scale + " must be between -" + NUMERIC_MAX_PRECISION + " and " + NUMERIC_MAX_PRECISION;
        }
        return new TypeSpec(new BuiltinType(name), problem, null, null);
    }

    /** {@code real}: 4-byte floating point. */
    public static SqlType real() {
        return builtin("real");
    }

    /** {@code double precision}: 8-byte floating point. */
    public static SqlType doublePrecision() {
        return builtin("double precision");
    }

    /** {@code boolean} ({@code boolean} is a Java keyword, hence the short name). */
    public static SqlType bool() {
        return builtin("boolean");
    }

    /** {@code text}: unlimited string. */
    public static SqlType text() {
        return builtin("text");
    }

    /** {@code character varying} without a length limit. */
    public static SqlType varchar() {
        return builtin("character varying");
    }

    /** {@code character varying(length)}. */
    public static SqlType varchar(int length) {
        return lengthType("character varying", length);
    }

    /** {@code character(length)}, blank-padded. */
    public static SqlType character(int length) {
        return lengthType("character", length);
    }

    /** {@code uuid}. */
    public static SqlType uuid() {
        return builtin("uuid");
    }

    /** {@code bytea}: binary string. */
    public static SqlType bytea() {
        return builtin("bytea");
    }

    /** {@code date}. */
    public static SqlType date() {
        return builtin("date");
    }

    /** {@code time without time zone}. */
    public static SqlType time() {
        return builtin("time without time zone");
    }

    /** {@code time(precision) without time zone}. */
    public static SqlType time(int precision) {
        return secondsType("time", precision, " without time zone");
    }

    /** {@code time with time zone}. */
    public static SqlType timetz() {
        return builtin("time with time zone");
    }

    /** {@code timestamp without time zone}. */
    public static SqlType timestamp() {
        return builtin("timestamp without time zone");
    }

    /** {@code timestamp(precision) without time zone}. */
    public static SqlType timestamp(int precision) {
        return secondsType("timestamp", precision, " without time zone");
    }

    /** {@code timestamp with time zone}. */
    public static SqlType timestamptz() {
        return builtin("timestamp with time zone");
    }

    /** {@code timestamp(precision) with time zone}. */
    public static SqlType timestamptz(int precision) {
        return secondsType("timestamp", precision, " with time zone");
    }

    /** {@code interval}. */
    public static SqlType interval() {
        return builtin("interval");
    }

    /** {@code interval(precision)}: fractional seconds kept. */
    public static SqlType interval(int precision) {
        return secondsType("interval", precision, "");
    }

    /** {@code json}: JSON kept as text. */
    public static SqlType json() {
        return builtin("json");
    }

    /** {@code jsonb}: binary JSON, indexable with gin. */
    public static SqlType jsonb() {
        return builtin("jsonb");
    }

    /** An array of {@code element}: {@code arrayOf(text())} is {@code text[]}. */
    public static SqlType arrayOf(SqlType element) {
        Objects.requireNonNull(element, "element");
        DataType inner = element.dataType();
        TypeSpec spec = element instanceof TypeSpec ? (TypeSpec) element : null;
        EnumRef handle = element instanceof EnumRef ? (EnumRef) element : spec == null ? null : spec.enumHandle();
        QualifiedName byName = spec == null ? null : spec.enumByName();
        String problem = spec == null ? null : spec.problem();
        if (inner instanceof ArrayType) {
            // PostgreSQL ignores declared dimensions; an array of arrays is the same type as the array.
            return new TypeSpec(inner, "arrays have one level in PostgreSQL; declare " + inner.sql()
                    + " once instead of an array of it", byName, handle);
        }
        return new TypeSpec(new ArrayType(inner), problem, byName, handle);
    }

    /**
     * A built-in type by its {@code format_type} spelling, for types without a factory here
     * ({@code builtin("inet")}, {@code builtin("money")}). Spell it exactly as PostgreSQL prints it.
     */
    public static SqlType builtin(String formatTypeName) {
        Objects.requireNonNull(formatTypeName, "formatTypeName");
        String base = formatTypeName.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*\\)", "");
        String canonical = ALIASES.get(base);
        String problem = canonical == null ? null : "PostgreSQL spells " + base + " as " + canonical
                + "; a different spelling never compares equal to the database (use the factory for it in Types)";
        return new TypeSpec(new BuiltinType(formatTypeName), problem, null, null);
    }

    /** A type the model does not manage (a domain, an extension type such as {@code citext}), in {@code schema}. */
    public static SqlType named(String schema, String name) {
        return TypeSpec.of(new UserDefinedType(QualifiedName.of(schema, name)));
    }

    /**
     * An extension type with type modifiers, spelled as {@code format_type} prints them inside the parentheses:
     * {@code named("public", "geometry", "Polygon,4326")} is {@code public.geometry(Polygon,4326)}.
     */
    public static SqlType named(String schema, String name, String modifiers) {
        Objects.requireNonNull(modifiers, "modifiers");
        return TypeSpec.of(new UserDefinedType(QualifiedName.of(schema, name), "(" + modifiers + ")"));
    }

    /** An enum type declared in this schema, named instead of using its handle (its declaration is checked). */
    public static SqlType enumType(String schema, String name) {
        QualifiedName qualified = QualifiedName.of(schema, name);
        return new TypeSpec(new UserDefinedType(qualified), null, qualified, null);
    }

    /** An enum type declared in {@code public}, by name. */
    public static SqlType enumType(String name) {
        return enumType(SchemaBuilder.DEFAULT_SCHEMA, name);
    }

    private static SqlType lengthType(String base, int length) {
        String problem = length < 1 || length > MAX_CHAR_LENGTH
                ? "length " + length + " must be between 1 and " + MAX_CHAR_LENGTH : null;
        return new TypeSpec(new BuiltinType(base + "(" + length + ")"), problem, null, null);
    }

    private static SqlType secondsType(String base, int precision, String zone) {
        String problem = precision < 0 || precision > MAX_SECONDS_PRECISION
                ? "fractional-seconds precision " + precision + " must be between 0 and " + MAX_SECONDS_PRECISION : null;
        return new TypeSpec(new BuiltinType(base + "(" + precision + ")" + zone), problem, null, null);
    }
}
