package dev.retort.runner;

import dev.retort.diff.plan.HandWrittenSql;

import java.util.ArrayList;
import java.util.List;

/**
 * SqlScript is a migration script split into its statements, knowing PostgreSQL's lexical rules (quoted strings,
 * {@code E''} escapes, quoted identifiers, dollar quoting, nested block comments) so that a semicolon inside any
 * of them does not end a statement. Retort runs downgrades statement by statement and names the failing one.
 *
 * <pre>{@code
 * SqlScript script = SqlScript.parse("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);");
 * script.statements().get(1).line();   // 2
 * }</pre>
 *
 * @param statements statements in order, without their trailing semicolon
 */
public record SqlScript(List<Statement> statements) {

    public SqlScript {
        statements = List.copyOf(statements);
    }

    /**
     * Statement is one SQL statement of a script.
     *
     * @param number  1-based position in the script
     * @param line    1-based line where its first token is
     * @param endLine 1-based line of its last character
     * @param sql     the statement text without the closing semicolon
     */
    public record Statement(int number, int line, int endLine, String sql) {

        /**
         * Whether PostgreSQL refuses to run it inside a transaction block (CREATE INDEX CONCURRENTLY …), by the one
         * rule for hand-written statements, {@link HandWrittenSql}.
         */
        public boolean cannotRunInTransaction() {
            return HandWrittenSql.cannotRunInTransaction(sql);
        }

        /** The statement on one line, shortened for messages. */
        public String brief() {
            String oneLine = sql.replaceAll("\\s+", " ").trim();
            return oneLine.length() > 200 ? oneLine.substring(0, 197) + "..." : oneLine;
        }
    }

    public static SqlScript parse(String text) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        int n = text.length();
        // inside a SQL-standard routine body (BEGIN ATOMIC ... END), whose semicolons end the body's statements
        int atomicDepth = 0;
        String previousWord = "";
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                if (startLine >= 0) {
                    current.append(text, i, end);
                }
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = skipBlockComment(text, i);
                String comment = text.substring(i, end);
                if (startLine >= 0) {
                    current.append(comment);
                }
                line += count(comment);
                i = end;
                continue;
            }
            if (c == ';' && atomicDepth == 0) {
                if (startLine >= 0) {
                    out.add(new Statement(out.size() + 1, startLine, line, current.toString().trim()));
                }
                current.setLength(0);
                startLine = -1;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (startLine >= 0) {
                    current.append(c);
                }
                if (c == '\n') {
                    line++;
                }
                i++;
                continue;
            }
            if (startLine < 0) {
                startLine = line;
            }
            int end;
            if (c == '\'') {
                boolean escapes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
                end = skipQuoted(text, i, '\'', escapes);
            } else if (c == '"') {
                end = skipQuoted(text, i, '"', false);
            } else if (c == '$' && dollarTag(text, i) != null) {
                String tag = dollarTag(text, i);
                int close = text.indexOf(tag, i + tag.length());
                end = close < 0 ? n : close + tag.length();
            } else if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                    && text.charAt(i - 1) != '_')) {
                end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                String word = text.substring(i, end).toUpperCase(java.util.Locale.ROOT);
                if (word.equals("ATOMIC") && previousWord.equals("BEGIN")) {
                    atomicDepth = 1;
                } else if (atomicDepth > 0 && word.equals("CASE")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("END")) {
                    atomicDepth--;
                }
                previousWord = word;
            } else {
                end = i + 1;
            }
            String token = text.substring(i, end);
            current.append(token);
            line += count(token);
            i = end;
        }
        if (startLine >= 0 && !current.toString().isBlank()) {
            out.add(new Statement(out.size() + 1, startLine, line, current.toString().trim()));
        }
        return new SqlScript(out);
    }

    /** The statement that covers {@code line}, or the last one starting before it; null for an empty script. */
    public Statement statementAtLine(int line) {
        Statement best = null;
        for (Statement s : statements) {
            if (s.line() <= line) {
                best = s;
            }
            if (s.line() <= line && line <= s.endLine()) {
                return s;
            }
        }
        return best != null ? best : statements.isEmpty() ? null : statements.get(0);
    }

    /** Whether any statement must run outside a transaction. */
    public boolean needsNoTransaction() {
        return statements.stream().anyMatch(Statement::cannotRunInTransaction);
    }


    private static int skipBlockComment(String text, int start) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int skipQuoted(String text, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
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

    private static int count(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }
}
