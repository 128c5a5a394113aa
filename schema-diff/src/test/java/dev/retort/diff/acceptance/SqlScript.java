package dev.retort.diff.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SqlScript splits a pg_dump-style SQL file into statements: semicolons inside quotes, quoted identifiers,
 * dollar-quoted bodies and comments do not split; psql meta-commands (lines starting with a backslash) are
 * dropped, and so are {@code ALTER ... OWNER TO} statements, which name roles a test server may not have.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        boolean lineStart = true;
        // inside a SQL-standard function body (BEGIN ATOMIC ... END), where semicolons end the body's statements
        int atomicDepth = 0;
        String previousWord = "";
        while (i < n) {
            char ch = script.charAt(i);
            if (lineStart && ch == '\\' && current.toString().isBlank()) {
                i = endOfLine(script, i);
                continue;
            }
            lineStart = ch == '\n';
            if (ch == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                i = endOfLine(script, i);
                continue;
            }
            if (ch == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                i = endOfBlockComment(script, i);
                continue;
            }
            if (ch == '\'' || ch == '"') {
                int end = endOfQuoted(script, i, ch);
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (ch == '$') {
                String tag = dollarTag(script, i);
                if (tag != null) {
                    int close = script.indexOf(tag, i + tag.length());
                    int end = close < 0 ? n : close + tag.length();
                    current.append(script, i, end);
                    i = end;
                    continue;
                }
            }
            if (Character.isLetter(ch) && (i == 0 || !Character.isLetterOrDigit(script.charAt(i - 1))
                    && script.charAt(i - 1) != '_')) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
                    end++;
                }
                String word = script.substring(i, end).toUpperCase(Locale.ROOT);
                if (word.equals("ATOMIC") && previousWord.equals("BEGIN")) {
                    atomicDepth = 1;
                } else if (atomicDepth > 0 && word.equals("CASE")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("END")) {
                    atomicDepth--;
                }
                previousWord = word;
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (ch == ';' && atomicDepth > 0) {
                current.append(ch);
                i++;
                continue;
            }
            if (ch == ';') {
                add(statements, current.toString());
                current.setLength(0);
                i++;
                continue;
            }
            current.append(ch);
            i++;
        }
        add(statements, current.toString());
        return statements;
    }

    private static void add(List<String> statements, String statement) {
        String trimmed = statement.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ALTER ") && upper.matches("(?s).*\\sOWNER TO\\s+\\S+$")) {
            return;
        }
        statements.add(trimmed);
    }

    private static int endOfLine(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end + 1;
    }

    private static int endOfBlockComment(String s, int from) {
        int depth = 0;
        int i = from;
        while (i < s.length() - 1) {
            if (s.charAt(i) == '/' && s.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (s.charAt(i) == '*' && s.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    // A doubled quote inside is an escaped quote, which the loop handles as close-then-reopen.
    private static int endOfQuoted(String s, int from, char quote) {
        int i = from + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** {@code $tag$} or {@code $$} at {@code from}, or null when the dollar sign is not a quote (e.g. $1). */
    private static String dollarTag(String s, int from) {
        int i = from + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '$') {
            String tag = s.substring(from, i + 1);
            if (tag.length() > 2 && Character.isDigit(tag.charAt(1))) {
                return null;
            }
            return tag;
        }
        return null;
    }
}
