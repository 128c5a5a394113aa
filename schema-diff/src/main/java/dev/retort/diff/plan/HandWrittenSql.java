package dev.retort.diff.plan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * HandWrittenSql classifies statements Retort did not generate (a migration a user wrote): whether PostgreSQL
 * refuses to run one inside a transaction block. Generated statements never come here: their mode is set by the
 * renderer from the typed change ({@link SqlStatement#transactional()}). This is the one rule for hand-written
 * statements; the runner uses it for the files it splits and runs.
 *
 * <pre>{@code
 * HandWrittenSql.cannotRunInTransaction("CREATE INDEX CONCURRENTLY ix ON t (a)");   // true
 * HandWrittenSql.cannotRunInTransaction("COMMENT ON TABLE t IS 'VACUUM'");          // false
 * }</pre>
 */
public final class HandWrittenSql {

    // matched against the statement with quoted text blanked out, so a name or literal cannot change its kind
    private static final Pattern NON_TRANSACTIONAL = Pattern.compile(
            "(?s)^(CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY|DROP\\s+INDEX\\s+CONCURRENTLY"
                    + "|REINDEX\\s+.*CONCURRENTLY|VACUUM|CREATE\\s+DATABASE|DROP\\s+DATABASE|ALTER\\s+SYSTEM"
                    + "|CREATE\\s+TABLESPACE|DROP\\s+TABLESPACE"
                    + "|ALTER\\s+TABLE\\s+.*DETACH\\s+PARTITION\\s+.*CONCURRENTLY)\\b.*");

    private HandWrittenSql() {
    }

    /** Whether PostgreSQL refuses {@code sql} (one statement, comments allowed) inside a transaction block. */
    public static boolean cannotRunInTransaction(String sql) {
        return NON_TRANSACTIONAL.matcher(skeleton(sql)).matches();
    }

    /**
     * The statement in upper case without comments, with quoted identifiers, string literals and dollar-quoted
     * bodies blanked out (their quotes kept), so that only keywords and bare names remain.
     */
    static String skeleton(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
                out.append(' ');
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                while (i < n) {
                    if (sql.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (sql.startsWith("*/", i)) {
                        i += 2;
                        if (--depth == 0) {
                            break;
                        }
                    } else {
                        i++;
                    }
                }
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                boolean escapes = c == '\'' && i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e');
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (escapes && sql.charAt(j) == '\\') {
                        j++;
                    }
                    j++;
                }
                out.append(c).append(c);
                i = Math.min(j + 1, n);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                out.append("$$");
                i = close < 0 ? n : close + tag.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip().toUpperCase(Locale.ROOT);
    }

    private static String dollarTag(String text, int start) {
        if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            return null;
        }
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            if (i == start + 1 && Character.isDigit(text.charAt(i))) {
                return null;
            }
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? text.substring(start, i + 1) : null;
    }
}
