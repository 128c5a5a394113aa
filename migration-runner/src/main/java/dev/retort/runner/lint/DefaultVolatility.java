package dev.retort.runner.lint;

import dev.retort.runner.sql.SqlToken;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DefaultVolatility tells whether a column default makes {@code ADD COLUMN} rewrite the table. PostgreSQL
 * evaluates a non-volatile default once and stores it in the catalog; a volatile one (or a function whose
 * volatility lint cannot know) is computed for every existing row, which rewrites the table.
 */
final class DefaultVolatility {

    // functions and keywords PostgreSQL ships as immutable or stable, common in defaults
    private static final Set<String> NOT_VOLATILE = Set.of(
            "now", "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime",
            "transaction_timestamp", "statement_timestamp", "current_user", "session_user", "current_schema",
            "lower", "upper", "length", "coalesce", "nullif", "greatest", "least", "concat", "to_jsonb", "jsonb_build_object",
            "json_build_object", "jsonb_build_array", "array", "make_interval", "make_date", "make_timestamp",
            "make_timestamptz", "to_timestamp", "to_date", "date_trunc", "timezone", "abs", "round", "floor", "ceil",
            "md5", "replace", "trim", "btrim", "substr", "substring", "format", "cast", "row", "interval", "date",
            "timestamp", "timestamptz", "numeric", "int4", "int8", "text", "varchar", "bool", "inet", "uuid");

    private DefaultVolatility() {
    }

    /**
     * The function in {@code expression} that makes it rewrite (lower case), or null when every call in it is
     * known not to be volatile.
     */
    static String rewritingCall(List<SqlToken> expression) {
        for (int i = 0; i + 1 < expression.size(); i++) {
            SqlToken t = expression.get(i);
            boolean call = t.kind() == SqlToken.Kind.WORD && expression.get(i + 1).isSymbol("(")
                    && (i == 0 || !expression.get(i - 1).isSymbol(":"));   // '...'::numeric(10,2) is a cast
            if (call && !NOT_VOLATILE.contains(t.text().toLowerCase(Locale.ROOT))) {
                return t.text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
