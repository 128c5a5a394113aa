package dev.retort.schema.dsl;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.Identifiers;

import java.math.BigDecimal;
import java.util.Set;

/**
 * DefaultLiterals turns a Java literal into the SQL that PostgreSQL's {@code pg_get_expr} prints for it as a
 * column default, so a declared default and an inspected one compare equal before normalization too:
 * {@code 'ok'} on a text column is {@code 'ok'::text}, {@code -1} on an integer column is {@code '-1'::integer}.
 */
final class DefaultLiterals {

    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

    private DefaultLiterals() {
    }

    /** A string literal typed as the column, e.g. {@code 'ok'::character varying}. */
    static String string(String value, DataType type) {
        return Identifiers.literal(value) + "::" + castName(type);
    }

    /** A number: bare when PostgreSQL prints it bare, otherwise quoted and typed. */
    static String number(Number value, DataType type) {
        String text = value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
        boolean integral = !(value instanceof Double || value instanceof Float);
        String base = castName(type);
        boolean plainInteger = integral && text.indexOf('.') < 0 && "integer".equals(base);
        boolean plainNumeric = integral && "numeric".equals(base);
        if (!text.startsWith("-") && (plainInteger || plainNumeric)) {
            return text;
        }
        return Identifiers.literal(text) + "::" + base;
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
        if (!(type instanceof BuiltinType)) {
            return type.sql();
        }
        String name = ((BuiltinType) type).name().replaceAll("\\(\\d+(,-?\\d+)?\\)", "");
        if (name.equals("character")) {
            return "bpchar";
        }
        if (INTEGERS.contains(name) || name.startsWith("numeric")) {
            return name;
        }
        return name;
    }
}
