package dev.retort.runner.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * TokenCursor walks the tokens of one statement (or one clause of it) for the lint checks: keywords are matched
 * case-insensitively, and {@link #splitTopLevel} cuts a list at commas outside parentheses.
 */
public final class TokenCursor {

    private final List<SqlToken> tokens;
    private int at;

    public TokenCursor(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    public boolean atEnd() {
        return at >= tokens.size();
    }

    public SqlToken peek() {
        return atEnd() ? null : tokens.get(at);
    }

    public boolean peekIs(String keyword) {
        return !atEnd() && tokens.get(at).is(keyword);
    }

    /** Consumes the keywords if they come next, all of them; true when they did. */
    public boolean accept(String... keywords) {
        if (at + keywords.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < keywords.length; k++) {
            if (!tokens.get(at + k).is(keywords[k])) {
                return false;
            }
        }
        at += keywords.length;
        return true;
    }

    public SqlToken next() {
        return atEnd() ? null : tokens.get(at++);
    }

    /**
     * A possibly schema-qualified name, returned as the last part (the object's own name, folded as PostgreSQL
     * folds it); null when no name comes next.
     */
    public String name() {
        if (atEnd() || !tokens.get(at).isName()) {
            return null;
        }
        String last = tokens.get(at++).identifier();
        while (at + 1 < tokens.size() && tokens.get(at).isSymbol(".") && tokens.get(at + 1).isName()) {
            last = tokens.get(at + 1).identifier();
            at += 2;
        }
        return last;
    }

    /** The tokens not consumed yet. */
    public List<SqlToken> rest() {
        return tokens.subList(Math.min(at, tokens.size()), tokens.size());
    }

    /** True when a word {@code keyword} occurs anywhere in {@code tokens} outside parentheses. */
    public static boolean containsTopLevel(List<SqlToken> tokens, String... keywords) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && matchesAt(tokens, i, keywords)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<SqlToken> tokens, int i, String... keywords) {
        if (i + keywords.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < keywords.length; k++) {
            if (!tokens.get(i + k).is(keywords[k])) {
                return false;
            }
        }
        return true;
    }

    /** {@code tokens} cut at commas outside parentheses: the actions of one ALTER TABLE. */
    public static List<List<SqlToken>> splitTopLevel(List<SqlToken> tokens) {
        List<List<SqlToken>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.isSymbol(",")) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        parts.add(tokens.subList(start, tokens.size()));
        return parts;
    }
}
