package dev.retort.runner.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * SqlTokenizer splits one SQL statement into {@link SqlToken}s following PostgreSQL's lexical rules: {@code --}
 * and nested block comments are skipped, strings ({@code '...'}, {@code E'...'}), quoted identifiers and
 * dollar-quoted bodies are single tokens, so that nothing inside them can look like a keyword.
 *
 * <pre>{@code
 * List<SqlToken> tokens = SqlTokenizer.tokenize("CREATE INDEX \"drop table\" ON t (a) -- comment");
 * tokens.size();   // 8: CREATE, INDEX, "drop table", ON, t, (, a, )
 * }</pre>
 */
public final class SqlTokenizer {

    private SqlTokenizer() {
    }

    public static List<SqlToken> tokenize(String sql) {
        List<SqlToken> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
            } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = quotedEnd(sql, i + 1, '\'', true);
                out.add(new SqlToken(SqlToken.Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (c == '\'') {
                int end = quotedEnd(sql, i, '\'', false);
                out.add(new SqlToken(SqlToken.Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (c == '"') {
                int end = quotedEnd(sql, i, '"', false);
                out.add(new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, sql.substring(i, end)));
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                int end = close < 0 ? n : close + tag.length();
                out.add(new SqlToken(SqlToken.Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                out.add(new SqlToken(SqlToken.Kind.WORD, sql.substring(i, end)));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                out.add(new SqlToken(SqlToken.Kind.NUMBER, sql.substring(i, end)));
                i = end;
            } else {
                out.add(new SqlToken(SqlToken.Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int quotedEnd(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static String dollarTag(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            if (i == start + 1 && Character.isDigit(sql.charAt(i))) {
                return null;
            }
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(start, i + 1) : null;
    }
}
