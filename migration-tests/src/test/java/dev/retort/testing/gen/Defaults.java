package dev.retort.testing.gen;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.UserDefinedType;

import java.util.List;

/**
 * Defaults chooses DEFAULT expressions PostgreSQL accepts for a column type: literals (including quotes,
 * unicode, negative numbers, NaN) and volatile calls ({@code now()}, {@code gen_random_uuid()}), written the
 * way users write them, not canonically; normalization is the engine's job.
 */
final class Defaults {

    private Defaults() {
    }

    /** A default for type {@code t}; choice 0 means none. */
    static String forType(DataType t, int choice, List<EnumType> enums) {
        if (choice <= 0) {
            return null;
        }
        int k = choice - 1;
        if (t instanceof ArrayType) {
            DataType e = ((ArrayType) t).element();
            return Types.isIntegral(e) && k % 2 == 1 ? "'{1,2,3}'" : "'{}'";
        }
        if (t instanceof UserDefinedType) {
            QualifiedLabels labels = labels((UserDefinedType) t, enums);
            return labels == null ? null : Identifiers.literal(labels.values.get(k % labels.values.size()));
        }
        String n = Types.name(t);
        if (Types.isIntegral(t)) {
            return pick(k, "0", "42", "-7", "(1 + 2)");
        }
        if (n.startsWith("numeric")) {
            return numeric(n, k);
        }
        if (n.equals("real") || n.equals("double precision")) {
            return pick(k, "1.5", "-0.25", "'NaN'", "0");
        }
        if (n.equals("boolean")) {
            return pick(k, "true", "false");
        }
        if (Types.isTextual(t)) {
            int max = maxLength(n);
            String[] texts = {"", "it's", "日本", "a;--b", "x"};
            for (int i = 0; i < texts.length; i++) {
                String s = texts[(k + i) % texts.length];
                if (s.codePointCount(0, s.length()) <= max) {
                    return Identifiers.literal(s);
                }
            }
            return "''";
        }
        switch (n) {
            case "uuid": return pick(k, "gen_random_uuid()", "'00000000-0000-0000-0000-000000000001'");
            case "bytea": return pick(k, "'\\xdeadbeef'", "''");
            case "date": return pick(k, "CURRENT_DATE", "'2024-02-29'");
            case "interval": return pick(k, "'1 day'", "'01:00:00'");
            case "json":
            case "jsonb": return pick(k, "'{}'", "'{\"a\": [1, 2]}'", "'[]'");
            default: break;
        }
        if (n.startsWith("timestamp") && n.endsWith("with time zone")) {
            return pick(k, "now()", "CURRENT_TIMESTAMP", "'2024-01-01 10:00:00+00'");
        }
        if (n.startsWith("timestamp")) {
            return pick(k, "LOCALTIMESTAMP", "now()", "'2024-01-01 10:00:00'");
        }
        if (n.startsWith("time")) {
            return pick(k, "LOCALTIME", "'12:34:56'");
        }
        return null;
    }

    private static String numeric(String n, int k) {
        if (n.equals("numeric")) {
            return pick(k, "3.14", "0", "-1");
        }
        String[] ps = n.substring("numeric(".length(), n.length() - 1).split(",");
        int integerDigits = Integer.parseInt(ps[0]) - Integer.parseInt(ps[1]);
        int scale = Integer.parseInt(ps[1]);
        if (k % 3 == 1 && integerDigits >= 1) {
            return "1";
        }
        if (k % 3 == 2 && scale >= 1) {
            return "0.5";
        }
        return "0";
    }

    private static int maxLength(String n) {
        int open = n.indexOf('(');
        return open < 0 ? Integer.MAX_VALUE : Integer.parseInt(n.substring(open + 1, n.length() - 1));
    }

    private static String pick(int k, String... options) {
        return options[k % options.length];
    }

    private static QualifiedLabels labels(UserDefinedType t, List<EnumType> enums) {
        for (EnumType e : enums) {
            if (e.name().equals(t.name()) && !e.values().isEmpty()) {
                return new QualifiedLabels(e.values());
            }
        }
        return null;
    }

    private static final class QualifiedLabels {
        final List<String> values;

        QualifiedLabels(List<String> values) {
            this.values = values;
        }
    }
}
