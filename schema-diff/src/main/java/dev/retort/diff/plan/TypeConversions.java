package dev.retort.diff.plan;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TypeConversions knows which column type changes keep every value (widening) and which PostgreSQL performs
 * without rewriting the table (binary coercible). Anything it does not know is treated as narrowing and rewriting:
 * a wrong "safe" label would be worse than a cautious one.
 *
 * <pre>{@code
 * TypeConversions.isWidening(new BuiltinType("integer"), new BuiltinType("bigint"));   // true
 * }</pre>
 */
public final class TypeConversions {

    // base, optional (p) or (p,s), optional time zone suffix, as format_type prints them
    private static final Pattern SHAPE = Pattern.compile(
            "^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?$");

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
    private static final List<String> STRINGS = List.of("character varying", "character", "text");
    private static final List<String> TEMPORAL = List.of("timestamp", "time", "interval");

    private TypeConversions() {
    }

    /** True when every value of {@code from} converts to {@code to} without loss. */
    public static boolean isWidening(DataType from, DataType to) {
        if (from.equals(to)) {
            return true;
        }
        if (from instanceof ArrayType a && to instanceof ArrayType b) {
            return isWidening(a.element(), b.element());
        }
        if (from instanceof ArrayType || to instanceof ArrayType) {
            return to.equals(new BuiltinType("text"));
        }
        if (!(to instanceof BuiltinType target)) {
            return false;
        }
        if (target.name().equals("text")) {
            return true;
        }
        if (!(from instanceof BuiltinType source)) {
            return false;
        }
        Shape f = Shape.of(source.name());
        Shape t = Shape.of(target.name());
        if (f == null || t == null) {
            return false;
        }
        if (INTEGERS.contains(f.base) && INTEGERS.contains(t.base)) {
            return INTEGERS.indexOf(t.base) >= INTEGERS.indexOf(f.base);
        }
        if (INTEGERS.contains(f.base) && t.base.equals("numeric")) {
            return t.precision == null || t.precision - (t.scale == null ? 0 : t.scale) >= INTEGER_DIGITS.get(f.base);
        }
        if (f.base.equals("real") && t.base.equals("double precision")) {
            return true;
        }
        if (f.base.equals("numeric") && t.base.equals("numeric")) {
            if (t.precision == null) {
                return true;
            }
            if (f.precision == null) {
                return false;
            }
            int fs = f.scale == null ? 0 : f.scale;
            int ts = t.scale == null ? 0 : t.scale;
            return ts >= fs && t.precision - ts >= f.precision - fs;
        }
        if (STRINGS.contains(f.base) && t.base.equals("character varying")) {
            return t.precision == null || (f.precision != null && t.precision >= f.precision);
        }
        if (f.base.equals("bit varying") && t.base.equals("bit varying")) {
            return t.precision == null || (f.precision != null && t.precision >= f.precision);
        }
        if (TEMPORAL.contains(f.base) && f.base.equals(t.base)) {
            boolean zoneKept = f.zone.equals(t.zone) || (f.base.equals("timestamp") && t.zone.equals(" with time zone"));
            return zoneKept && (t.precision == null || (f.precision != null && t.precision >= f.precision));
        }
        if (f.base.equals("date") && t.base.equals("timestamp")) {
            return true;
        }
        // json -> jsonb drops duplicate keys and whitespace, so only the other direction keeps every value
        return f.base.equals("jsonb") && t.base.equals("json");
    }

    /** True when PostgreSQL changes the type without rewriting the table (and its indexes). */
    public static boolean isBinaryCoercible(DataType from, DataType to) {
        if (from.equals(to)) {
            return true;
        }
        if (!(from instanceof BuiltinType source) || !(to instanceof BuiltinType target)) {
            return false;
        }
        Shape f = Shape.of(source.name());
        Shape t = Shape.of(target.name());
        if (f == null || t == null) {
            return false;
        }
        boolean fromVarlenaText = f.base.equals("text") || f.base.equals("character varying");
        if (fromVarlenaText && t.base.equals("text")) {
            return true;
        }
        if (fromVarlenaText && t.base.equals("character varying")) {
            return t.precision == null || (f.precision != null && t.precision >= f.precision);
        }
        if (f.base.equals("numeric") && t.base.equals("numeric")) {
            return t.precision == null || (f.precision != null && t.precision >= f.precision && sameScale(f, t));
        }
        if ((TEMPORAL.contains(f.base) || f.base.equals("bit varying")) && f.base.equals(t.base) && f.zone.equals(t.zone)) {
            return t.precision == null || (f.precision != null && t.precision >= f.precision);
        }
        return (f.base.equals("cidr") && t.base.equals("inet")) || (f.base.equals("xml") && t.base.equals("text"));
    }

    private static boolean sameScale(Shape f, Shape t) {
        int fs = f.scale == null ? 0 : f.scale;
        int ts = t.scale == null ? 0 : t.scale;
        return fs == ts;
    }

    private record Shape(String base, Integer precision, Integer scale, String zone) {

        static Shape of(String name) {
            Matcher m = SHAPE.matcher(name);
            if (!m.matches()) {
                return null;
            }
            String base = m.group(1).trim();
            Integer precision = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer scale = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            String zone = m.group(4) == null ? "" : m.group(4);
            // "timestamp" alone means without time zone
            if ((base.equals("timestamp") || base.equals("time")) && zone.isEmpty()) {
                zone = " without time zone";
            }
            return new Shape(base, precision, scale, zone);
        }
    }
}
