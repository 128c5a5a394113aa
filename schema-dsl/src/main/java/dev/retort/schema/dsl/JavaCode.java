package dev.retort.schema.dsl;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.UserDefinedType;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** JavaCode spells model values as Java source for {@link JavaSourceWriter}: literals, types and index parts. */
final class JavaCode {

    private static final Map<String, String> PLAIN_TYPES = Map.ofEntries(
            Map.entry("smallint", "smallint()"), Map.entry("integer", "integer()"), Map.entry("bigint", "bigint()"),
            Map.entry("numeric", "numeric()"), Map.entry("real", "real()"),
            Map.entry("double precision", "doublePrecision()"), Map.entry("boolean", "bool()"),
            Map.entry("text", "text()"), Map.entry("character varying", "varchar()"), Map.entry("uuid", "uuid()"),
            Map.entry("bytea", "bytea()"), Map.entry("date", "date()"), Map.entry("time without time zone", "time()"),
            Map.entry("time with time zone", "timetz()"), Map.entry("timestamp without time zone", "timestamp()"),
            Map.entry("timestamp with time zone", "timestamptz()"), Map.entry("interval", "interval()"),
            Map.entry("json", "json()"), Map.entry("jsonb", "jsonb()"));

    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(-?\\d+)\\)");
    private static final Pattern LENGTH = Pattern.compile("(character varying|character)\\((\\d+)\\)");
    private static final Pattern SECONDS = Pattern.compile("(time|timestamp)\\((\\d)\\) (with|without) time zone");
    private static final Pattern INTERVAL = Pattern.compile("interval\\((\\d)\\)");

    private JavaCode() {
    }

    /** A Java string literal; everything outside printable ASCII is escaped, so the file's encoding never matters. */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** String literals separated by commas, for varargs. */
    static String strings(List<String> values) {
        return values.stream().map(JavaCode::string).collect(Collectors.joining(", "));
    }

    /** A Java long literal. */
    static String number(long value) {
        if (value == Long.MIN_VALUE) {
            return "Long.MIN_VALUE";
        }
        if (value == Long.MAX_VALUE) {
            return "Long.MAX_VALUE";
        }
        return value + "L";
    }

    /** A DSL type expression; {@code enumHandles} maps enum names to their handle fields. */
    static String type(DataType type, Map<String, String> enumHandles) {
        if (type instanceof ArrayType) {
            return type(((ArrayType) type).element(), enumHandles) + ".array()";
        }
        if (type instanceof UserDefinedType) {
            UserDefinedType named = (UserDefinedType) type;
            String handle = enumHandles.get(named.name().toString());
            if (handle != null && named.modifiers() == null) {
                return handle;
            }
            String modifiers = named.modifiers() == null ? ""
                    : ", " + string(named.modifiers().substring(1, named.modifiers().length() - 1));
            return "named(" + string(named.name().schema()) + ", " + string(named.name().name()) + modifiers + ")";
        }
        String name = ((BuiltinType) type).name();
        String plain = PLAIN_TYPES.get(name);
        if (plain != null) {
            return plain;
        }
        Matcher m = NUMERIC.matcher(name);
        if (m.matches()) {
            return "numeric(" + m.group(1) + ", " + m.group(2) + ")";
        }
        m = LENGTH.matcher(name);
        if (m.matches()) {
            return (m.group(1).equals("character") ? "character(" : "varchar(") + m.group(2) + ")";
        }
        m = SECONDS.matcher(name);
        if (m.matches()) {
            String factory = m.group(1).equals("time") ? (m.group(3).equals("with") ? null : "time")
                    : (m.group(3).equals("with") ? "timestamptz" : "timestamp");
            if (factory != null) {
                return factory + "(" + m.group(2) + ")";
            }
        }
        m = INTERVAL.matcher(name);
        if (m.matches()) {
            return "interval(" + m.group(1) + ")";
        }
        return "builtin(" + string(name) + ")";
    }

    /** An {@link IndexPart} expression that rebuilds {@code element}. */
    static String indexPart(IndexElement element) {
        StringBuilder part = new StringBuilder(element.isExpression()
                ? "expr(" + string(element.expression()) + ")" : "col(" + string(element.column()) + ")");
        if (element.descending()) {
            part.append(".desc()");
        }
        if (!element.hasDefaultNullsOrder()) {
            part.append(element.nullsFirst() ? ".nullsFirst()" : ".nullsLast()");
        }
        if (element.operatorClass() != null) {
            part.append(".opclass(").append(string(element.operatorClass())).append(")");
        }
        if (element.collation() != null) {
            part.append(".collate(").append(element.collation().schema().equals("pg_catalog") ? ""
                    : string(element.collation().schema()) + ", ").append(string(element.collation().name())).append(")");
        }
        return part.toString();
    }
}
