package dev.retort.schema.dsl;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;

import java.util.Map;

/**
 * TypeFamilies decides whether a foreign key column's type can reference a key column's type. PostgreSQL
 * accepts a pair when it finds an equality operator between them in the key's operator family, so integers of
 * different widths, the string types, and the date/time types mix; anything else must be the same type
 * (lengths and precisions may differ).
 */
final class TypeFamilies {

    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("smallint", "integer"), Map.entry("integer", "integer"), Map.entry("bigint", "integer"),
            Map.entry("text", "text"), Map.entry("character varying", "text"), Map.entry("character", "text"),
            Map.entry("real", "float"), Map.entry("double precision", "float"),
            Map.entry("date", "datetime"), Map.entry("timestamp without time zone", "datetime"),
            Map.entry("timestamp with time zone", "datetime"));

    private TypeFamilies() {
    }

    static boolean compatible(DataType referencing, DataType referenced) {
        if (referencing instanceof ArrayType || referenced instanceof ArrayType) {
            return referencing instanceof ArrayType && referenced instanceof ArrayType
                    && compatible(((ArrayType) referencing).element(), ((ArrayType) referenced).element());
        }
        if (referencing instanceof BuiltinType && referenced instanceof BuiltinType) {
            String a = base(((BuiltinType) referencing).name());
            String b = base(((BuiltinType) referenced).name());
            return a.equals(b) || (FAMILY.containsKey(a) && FAMILY.get(a).equals(FAMILY.get(b)));
        }
        return referencing.equals(referenced);
    }

    /** The type without length or precision: {@code timestamp(3) with time zone} is {@code timestamp with time zone}. */
    static String base(String name) {
        return name.replaceAll("\\(\\d+(,-?\\d+)?\\)", "").replaceAll("\\s+", " ").trim();
    }
}
