package dev.retort.schema.dsl;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.UserDefinedType;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DefaultLiterals turns a Java literal into the SQL that PostgreSQL's {@code pg_get_expr} prints for it as a
 * column default, so a declared default and an inspected one usually compare equal even before normalization:
 * {@code "ok"} on a text column is {@code 'ok'::text}, {@code -1} is {@code '-1'::integer}, {@code 1.5} is
 * {@code 1.5}. (PostgreSQL keeps a default as the literal's own type and prints negative numbers quoted and
 * cast so they re-parse as constants.) The normalizer canonicalizes whatever this does not.
 */
final class DefaultLiterals {

    private DefaultLiterals() {
    }

    /** A string literal typed as the column, e.g. {@code 'ok'::character varying}. */
    static String string(String value, DataType type) {
        String base = type instanceof BuiltinType ? TypeFamilies.base(((BuiltinType) type).name()) : "";
        if (isNumericType(base) && value.trim().matches("[+-]?\\d+(\\.\\d+)?")) {
            return number(new BigDecimal(value.trim()), type);
        }
        if (base.equals("boolean") && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
            return value.toLowerCase(java.util.Locale.ROOT);
        }
        return Identifiers.literal(value) + "::" + castName(type);
    }

    /** A number literal as PostgreSQL prints it: bare when it is a non-negative int4 or decimal fraction. */
    static String number(Number value, DataType type) {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(value.doubleValue())) {
            return Identifiers.literal(value.toString()) + "::double precision";
        }
        BigDecimal decimal = value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
        String text = decimal.toPlainString();
        String literalType = literalType(decimal, text);
        boolean bare = !text.startsWith("-") && (literalType.equals("integer") || text.indexOf('.') >= 0);
        if (!bare) {
            return Identifiers.literal(text) + "::" + literalType;
        }
        return text;
    }

    /** {@code true} or {@code false}. */
    static String bool(boolean value) {
        return Boolean.toString(value);
    }

    /** The type name a cast prints: without length or precision, {@code character} as {@code bpchar}. */
    static String castName(DataType type) {
        if (type instanceof ArrayType) {
            return castName(((ArrayType) type).element()) + "[]";
        }
        if (type instanceof UserDefinedType) {
            // Schema-qualified, as pg_get_expr prints it when search_path holds only pg_catalog (the inspector's).
            return type.sql();
        }
        String name = TypeFamilies.base(((BuiltinType) type).name());
        return name.equals("character") ? "bpchar" : name;
    }

    /** The type PostgreSQL's parser gives a numeric literal: integer, bigint, or numeric. */
    private static String literalType(BigDecimal decimal, String text) {
        if (text.indexOf('.') >= 0) {
            return "numeric";
        }
        BigInteger integral = decimal.toBigInteger();
        if (integral.bitLength() < 32) {
            return "integer";
        }
        return integral.bitLength() < 64 ? "bigint" : "numeric";
    }

    private static boolean isNumericType(String base) {
        return base.equals("smallint") || base.equals("integer") || base.equals("bigint") || base.startsWith("numeric")
                || base.equals("real") || base.equals("double precision");
    }
}
