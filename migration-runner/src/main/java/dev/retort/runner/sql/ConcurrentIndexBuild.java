package dev.retort.runner.sql;

import java.util.List;
import java.util.Optional;

/**
 * ConcurrentIndexBuild names the index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON ...}
 * statement builds, read as PostgreSQL tokens (a name in quotes keeps its case; a string or comment holding such
 * text is no build). An interrupted build leaves that index invalid, and the runner drops it before the rerun.
 *
 * <pre>{@code
 * ConcurrentIndexBuild.indexName("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"Ix\" ON t (a)");   // Optional[Ix]
 * }</pre>
 */
public final class ConcurrentIndexBuild {

    private ConcurrentIndexBuild() {
    }

    /** The index's own name (folded as PostgreSQL folds it), or empty when the statement is no named concurrent build. */
    public static Optional<String> indexName(String sql) {
        List<SqlToken> tokens = SqlTokenizer.tokenize(sql);
        TokenCursor c = new TokenCursor(tokens);
        if (!c.accept("CREATE")) {
            return Optional.empty();
        }
        c.accept("UNIQUE");
        if (!c.accept("INDEX", "CONCURRENTLY")) {
            return Optional.empty();
        }
        c.accept("IF", "NOT", "EXISTS");
        if (c.peekIs("ON")) {
            return Optional.empty();   // PostgreSQL chooses the name
        }
        return Optional.ofNullable(c.name());
    }
}
