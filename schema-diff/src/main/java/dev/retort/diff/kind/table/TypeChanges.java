package dev.retort.diff.kind.table;

import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ColumnConversion;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;

import java.util.List;
import java.util.Set;

/**
 * TypeChanges plans a column's type change: with the declared {@code USING} expressions where the declaration gives
 * them ({@code convertedUsing(...)}), else with a plain cast; a change between built-in types that PostgreSQL cannot
 * cast (bigint to timestamp, date to boolean) is refused without them, naming the column and the declaration that
 * says how, for the upgrade and for its downgrade alike. Types it does not know (user-defined, extensions') are left
 * to PostgreSQL.
 */
final class TypeChanges {

    private static final Set<String> STRINGS = Set.of("text", "character varying", "character", "name");
    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    // the date and time casts PostgreSQL has, from -> to ("timestamp" and "time" with or without time zone)
    private static final Set<String> TEMPORAL_CASTS = Set.of("date>timestamp", "timestamp>date", "timestamp>time",
            "time>interval", "interval>time", "timestamp>timestamp", "time>time");
    private static final Set<String> OTHER_CASTS = Set.of("boolean>integer", "integer>boolean", "json>jsonb",
            "jsonb>json", "inet>cidr", "cidr>inet", "bit>bit varying", "bit varying>bit", "integer>bit", "bit>integer",
            "bigint>bit", "bit>bigint");
    private static final Set<String> KNOWN = Set.of("text", "character varying", "character", "name", "smallint",
            "integer", "bigint", "numeric", "real", "double precision", "boolean", "date", "timestamp", "time",
            "interval", "uuid", "bytea", "json", "jsonb", "inet", "cidr", "bit", "bit varying", "xml", "money");

    private TypeChanges() {
    }

    static AlterColumnType alter(QualifiedName oldName, Column from, QualifiedName newName, Column to,
                                 ColumnConversion conversion) {
        String using = conversion == null ? null : conversion.upgrade();
        String back = conversion == null ? null : conversion.downgrade();
        if (using == null && !castable(from.type(), to.type())) {
            throw refused(newName, to, from.type(), to.type(), "the upgrade");
        }
        if (back == null && !castable(to.type(), from.type())) {
            throw refused(newName, to, to.type(), from.type(), "its downgrade");
        }
        return new AlterColumnType(oldName, from, newName, to, using, back);
    }

    private static RefusedChangeException refused(QualifiedName table, Column column, DataType from, DataType to,
                                                  String which) {
        return new RefusedChangeException("table " + table + ": column " + column.name() + " cannot change from "
                + from.sql() + " to " + to.sql() + " in " + which + ": PostgreSQL has no cast between them. Declare how"
                + " the values convert, as USING expressions over the old column and back over the new one:"
                + " t.column(\"" + column.name() + "\", ...).convertedUsing(\"<upgrade expression>\","
                + " \"<downgrade expression>\")");
    }

    /** False only for two built-in types PostgreSQL has no cast between (explicit or through text). */
    static boolean castable(DataType from, DataType to) {
        if (!(from instanceof BuiltinType f) || !(to instanceof BuiltinType t)) {
            return true;
        }
        String a = base(f.name());
        String b = base(t.name());
        if (a.equals(b) || !KNOWN.contains(a) || !KNOWN.contains(b) || STRINGS.contains(a) || STRINGS.contains(b)
                || NUMBERS.contains(a) && NUMBERS.contains(b)) {
            return true;
        }
        String pair = a + ">" + b;
        return TEMPORAL_CASTS.contains(pair) || OTHER_CASTS.contains(pair)
                || List.of("numeric", "integer", "bigint").contains(a) && b.equals("money") || pair.equals("money>numeric");
    }

    /** The type's name without modifiers and time zone: {@code timestamp(3) with time zone} is {@code timestamp}. */
    private static String base(String name) {
        return name.replaceAll("\\(.*?\\)", "").replace(" with time zone", "").replace(" without time zone", "")
                .replace("timestamptz", "timestamp").replace("timetz", "time").trim();
    }
}
