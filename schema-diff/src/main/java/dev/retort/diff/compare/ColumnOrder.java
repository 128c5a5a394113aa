package dev.retort.diff.compare;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * ColumnOrder names the tables whose columns are in another order in one model than in the other. The differ pairs
 * columns by name and ignores their order, because PostgreSQL cannot reorder the columns of a table (a downgrade that
 * adds a dropped middle column back adds it last); so two models can diff empty while {@code SELECT *} returns the
 * columns differently. Commands that prove a schema ({@code roundtrip}, {@code check}) print these as warnings.
 *
 * <pre>{@code
 * ColumnOrder.warnings(actual, declared);
 * // ["table public.t: columns are in the order (id, note, name), expected (id, name, note); ..."]
 * }</pre>
 */
public final class ColumnOrder {

    private ColumnOrder() {
    }

    /** One line per table of both models whose columns are the same but in another order in {@code actual}. */
    public static List<String> warnings(SchemaModel actual, SchemaModel expected) {
        List<String> warnings = new ArrayList<>();
        for (Table table : expected.tables()) {
            Optional<Table> other = actual.table(table.name());
            if (other.isEmpty()) {
                continue;
            }
            List<String> want = names(table);
            List<String> have = names(other.get());
            if (!want.equals(have) && new HashSet<>(want).equals(new HashSet<>(have))) {
                warnings.add("table " + table.name() + ": columns are in the order (" + String.join(", ", have)
                        + "), expected (" + String.join(", ", want) + "); Retort cannot reorder columns (a new table"
                        + " with the rows copied over would), so queries that rely on the order (SELECT *, INSERT"
                        + " without a column list) see a difference");
            }
        }
        return warnings;
    }

    private static List<String> names(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }
}
