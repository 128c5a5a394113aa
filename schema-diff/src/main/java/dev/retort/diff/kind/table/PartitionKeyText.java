package dev.retort.diff.kind.table;

import dev.retort.diff.inspect.InspectionException;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.PartitionStrategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PartitionKeyText splits what {@code pg_get_partkeydef} prints ({@code RANGE (logdate)},
 * {@code LIST (lower(region), kind)}) into the strategy and one entry per key part. The format is fixed by the
 * server: the strategy, a space, the parts in parentheses separated by top-level commas; commas inside nested
 * parentheses, quoted identifiers and string literals belong to their part.
 */
final class PartitionKeyText {

    private PartitionKeyText() {
    }

    static PartitionSpec parse(String printed) {
        int open = printed.indexOf('(');
        if (open < 0 || !printed.endsWith(")")) {
            throw new InspectionException("unexpected partition key from the server: " + printed, null);
        }
        PartitionStrategy strategy = PartitionStrategy.valueOf(printed.substring(0, open).strip().toUpperCase(Locale.ROOT));
        return new PartitionSpec(strategy, split(printed.substring(open + 1, printed.length() - 1)));
    }

    private static List<String> split(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(inner.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(inner.substring(start).strip());
        return parts;
    }
}
