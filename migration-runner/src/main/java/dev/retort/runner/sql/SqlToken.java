package dev.retort.runner.sql;

import java.util.Locale;

/**
 * SqlToken is one lexical token of a SQL statement: a word (keyword or unquoted identifier), a quoted identifier,
 * a string or dollar-quoted literal, a number, or a symbol. Comments and white space are not tokens.
 *
 * <pre>{@code
 * SqlToken t = new SqlToken(SqlToken.Kind.WORD, "concurrently");
 * t.is("CONCURRENTLY");   // true: words compare case-insensitively
 * }</pre>
 */
public record SqlToken(Kind kind, String text) {

    /** What a token is. */
    public enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL }

    /** True for a word equal to {@code keyword} ignoring case; a quoted identifier is never a keyword. */
    public boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True for the symbol {@code symbol}, e.g. {@code "("}. */
    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** True for a word or quoted identifier: something that can name an object. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /**
     * The identifier as PostgreSQL folds it: unquoted words in lower case, quoted identifiers as written without
     * their quotes.
     */
    public String identifier() {
        if (kind == Kind.QUOTED_IDENTIFIER) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
