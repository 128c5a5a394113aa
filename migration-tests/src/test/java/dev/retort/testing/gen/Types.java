package dev.retort.testing.gen;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.UserDefinedType;

import java.util.List;
import java.util.Set;

/**
 * Types turns a {@link Blueprint.TypeChoice} into a column type in format_type spelling, and knows what each
 * type supports: which index methods, which defaults, which expressions PostgreSQL accepts for it.
 */
final class Types {

    static final int KINDS = 24;

    private static final Set<String> INTEGRAL = Set.of("smallint", "integer", "bigint");
    private static final int[] PRECISIONS = {10, 1, 5, 38, 3};

    private Types() {
    }

    /** The type a choice stands for; enum choices fall back to text when the model has no enum. */
    static DataType resolve(Blueprint.TypeChoice c, List<EnumType> enums) {
        DataType element = scalar(c, enums);
        return c.array() ? new ArrayType(element) : element;
    }

    private static DataType scalar(Blueprint.TypeChoice c, List<EnumType> enums) {
        int size = 1 + Math.floorMod(c.size(), 40);
        int precision = PRECISIONS[Math.floorMod(c.size(), PRECISIONS.length)];
        int scale = Math.floorMod(c.scale(), precision + 1);
        int fraction = Math.floorMod(c.scale(), 7);
        switch (Math.floorMod(c.kind(), KINDS)) {
            case 0: return b("integer");
            case 1: return b("bigint");
            case 2: return b("smallint");
            case 3: return b("text");
            case 4: return b("character varying(" + size + ")");
            case 5: return b("boolean");
            case 6: return b("uuid");
            case 7: return b("timestamp with time zone");
            case 8: return b("numeric(" + precision + "," + scale + ")");
            case 9: return b("date");
            case 10: return b("timestamp without time zone");
            case 11: return b("jsonb");
            case 12: return b("character(" + size + ")");
            case 13: return b("real");
            case 14: return b("double precision");
            case 15: return b("bytea");
            case 16: return b("time without time zone");
            case 17: return b("interval");
            case 18: return b("json");
            case 19:
                if (enums.isEmpty()) {
                    return b("text");
                }
                return new UserDefinedType(enums.get(Math.floorMod(c.enumPick(), enums.size())).name());
            case 20: return b("numeric");
            case 21: return b("character varying");
            case 22: return b("timestamp(" + fraction + ") with time zone");
            default: return b("time(" + fraction + ") without time zone");
        }
    }

    private static BuiltinType b(String name) {
        return new BuiltinType(name);
    }

    static String name(DataType t) {
        return t instanceof BuiltinType ? ((BuiltinType) t).name() : "";
    }

    static boolean isIntegral(DataType t) {
        return INTEGRAL.contains(name(t));
    }

    static boolean isNumeric(DataType t) {
        String n = name(t);
        return isIntegral(t) || n.startsWith("numeric") || n.equals("real") || n.equals("double precision");
    }

    static boolean isTextual(DataType t) {
        String n = name(t);
        return n.equals("text") || n.startsWith("character");
    }

    static boolean isJson(DataType t) {
        return name(t).equals("json");
    }

    /** Has a default btree operator class, so can be a key column, a unique column or an FK column. */
    static boolean isBtree(DataType t) {
        DataType scalar = t instanceof ArrayType ? ((ArrayType) t).element() : t;
        return !isJson(scalar);
    }

    static boolean isHash(DataType t) {
        return isBtree(t);
    }

    static boolean isGin(DataType t) {
        return (t instanceof ArrayType && isBtree(t)) || name(t).equals("jsonb");
    }

    /** BRIN minmax has default classes for ordered scalars, but not for booleans, JSON, enums or arrays. */
    static boolean isBrin(DataType t) {
        return t instanceof BuiltinType && !name(t).equals("boolean") && !name(t).startsWith("json");
    }

    /** SP-GiST's only built-in default class among our types is text_ops. */
    static boolean isSpgist(DataType t) {
        return name(t).equals("text");
    }

    /** A non-default operator class PostgreSQL ships for this type and method, or null. */
    static String alternativeOpclass(DataType t, String method) {
        String n = name(t);
        if (method.equals("btree")) {
            if (n.equals("text")) {
                return "text_pattern_ops";
            }
            if (n.startsWith("character varying")) {
                return "varchar_pattern_ops";
            }
            if (n.startsWith("character(")) {
                return "bpchar_pattern_ops";
            }
        }
        if (method.equals("gin") && n.equals("jsonb")) {
            return "jsonb_path_ops";
        }
        return null;
    }

    /** An immutable expression over column {@code quoted} usable as an index key part, or null. */
    static String indexExpression(DataType t, String quoted) {
        if (isIntegral(t)) {
            return "(" + quoted + " + 1)";
        }
        if (isTextual(t)) {
            return "lower(" + quoted + ")";
        }
        if (name(t).equals("jsonb")) {
            return "(" + quoted + " ->> 'k')";
        }
        return null;
    }

    /** Family for safe in-place type changes; types in one family convert by assignment casts. */
    static int family(DataType t) {
        String n = name(t);
        if (isIntegral(t) || n.startsWith("numeric")) {
            return 1;
        }
        if (isTextual(t)) {
            return 2;
        }
        if (n.startsWith("timestamp")) {
            return 3;
        }
        return 0;
    }
}
