package dev.retort.runner.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LockedTable names the table a statement locks, from its leading clauses (the ones lint reads): {@code ALTER TABLE
 * t}, {@code CREATE [UNIQUE] INDEX ... ON t}, {@code DROP TABLE t}, {@code LOCK [TABLE] t}, {@code TRUNCATE t},
 * {@code COMMENT ON TABLE t}; for {@code DROP INDEX i}, the index. It serves messages (which table a lock timeout
 * waited for), never hazards.
 *
 * <pre>{@code
 * LockedTable.of("ALTER TABLE app.\"Users\" ADD COLUMN n int");   // Optional[[app, Users]]
 * }</pre>
 */
public final class LockedTable {

    private LockedTable() {
    }

    /** The name's parts as PostgreSQL folds them (schema first when given), or empty when the statement is not known. */
    public static Optional<List<String>> of(String sql) {
        TokenCursor c = new TokenCursor(SqlTokenizer.tokenize(sql));
        if (c.accept("ALTER", "TABLE") || c.accept("DROP", "TABLE") || c.accept("COMMENT", "ON", "TABLE")) {
            c.accept("IF", "EXISTS");
            c.accept("ONLY");
        } else if (c.accept("LOCK") || c.accept("TRUNCATE")) {
            c.accept("TABLE");
            c.accept("ONLY");
        } else if (c.accept("DROP", "INDEX")) {
            c.accept("CONCURRENTLY");
            c.accept("IF", "EXISTS");
        } else if (c.accept("CREATE")) {
            c.accept("UNIQUE");
            if (!c.accept("INDEX")) {
                return Optional.empty();
            }
            c.accept("CONCURRENTLY");
            c.accept("IF", "NOT", "EXISTS");
            if (!c.peekIs("ON")) {
                c.name();
            }
            if (!c.accept("ON")) {
                return Optional.empty();
            }
            c.accept("ONLY");
        } else {
            return Optional.empty();
        }
        return qualified(c);
    }

    private static Optional<List<String>> qualified(TokenCursor c) {
        List<String> parts = new ArrayList<>();
        while (!c.atEnd() && c.peek().isName()) {
            parts.add(c.next().identifier());
            if (c.atEnd() || !c.peek().isSymbol(".")) {
                break;
            }
            c.next();
        }
        return parts.isEmpty() || parts.size() > 2 ? Optional.empty() : Optional.of(List.copyOf(parts));
    }
}
