package dev.retort.runner.lint;

import dev.retort.runner.sql.SqlToken;
import dev.retort.runner.sql.TokenCursor;
import java.util.List;
import java.util.function.Consumer;

/**
 * StatementChecks finds the rules one statement breaks, from its tokens and what earlier statements of the run
 * created. It reads only the statement's leading keywords and clauses; anything it does not recognise breaks no
 * rule.
 */
final class StatementChecks {

    private StatementChecks() {
    }

    /** True for statements that PostgreSQL refuses inside a transaction block. */
    static boolean concurrent(List<SqlToken> tokens) {
        TokenCursor c = new TokenCursor(tokens);
        if (c.accept("CREATE")) {
            c.accept("UNIQUE");
            return c.accept("INDEX", "CONCURRENTLY");
        }
        if (c.accept("DROP", "INDEX", "CONCURRENTLY") || c.accept("VACUUM")) {
            return true;
        }
        if (c.accept("REINDEX")) {
            return tokens.stream().anyMatch(t -> t.is("CONCURRENTLY"));
        }
        return c.accept("ALTER", "TABLE") && TokenCursor.containsTopLevel(tokens, "DETACH", "PARTITION")
                && tokens.get(tokens.size() - 1).is("CONCURRENTLY");
    }

    static void check(List<SqlToken> tokens, LintContext ctx, Consumer<Hit> hits) {
        TokenCursor c = new TokenCursor(tokens);
        if (c.accept("CREATE")) {
            create(c, ctx, hits);
        } else if (c.accept("DROP", "TABLE")) {
            c.accept("IF", "EXISTS");
            for (List<SqlToken> name : TokenCursor.splitTopLevel(c.rest())) {
                String table = new TokenCursor(name).name();
                if (ctx.existing(table)) {
                    hits.accept(new Hit(LintRule.DROP_TABLE, "table " + table));
                }
            }
        } else if (c.accept("DROP", "INDEX")) {
            if (c.accept("CONCURRENTLY")) {
                return;
            }
            c.accept("IF", "EXISTS");
            String index = c.name();
            if (ctx.indexExisting(index)) {
                hits.accept(new Hit(LintRule.BLOCKING_INDEX_DROP, "index " + index));
            }
        } else if (c.accept("ALTER", "TABLE")) {
            AlterTableChecks.check(c.rest(), ctx, hits);
        } else if (c.accept("REINDEX")) {
            if (tokens.stream().noneMatch(t -> t.is("CONCURRENTLY"))) {
                hits.accept(new Hit(LintRule.TABLE_REWRITE_COMMAND, "REINDEX without CONCURRENTLY"));
            }
        } else if (c.accept("VACUUM")) {
            if (tokens.stream().anyMatch(t -> t.is("FULL"))) {
                hits.accept(new Hit(LintRule.TABLE_REWRITE_COMMAND, "VACUUM FULL"));
            }
        } else if (c.accept("CLUSTER")) {
            hits.accept(new Hit(LintRule.TABLE_REWRITE_COMMAND, "CLUSTER"));
        }
    }

    private static void create(TokenCursor c, LintContext ctx, Consumer<Hit> hits) {
        c.accept("OR", "REPLACE");
        boolean unique = c.accept("UNIQUE");
        if (c.accept("INDEX")) {
            boolean concurrently = c.accept("CONCURRENTLY");
            c.accept("IF", "NOT", "EXISTS");
            String index = c.peekIs("ON") ? null : c.name();
            if (!c.accept("ON")) {
                return;
            }
            c.accept("ONLY");
            String table = c.name();
            if (index != null) {
                ctx.indexCreated(index);
            }
            if (!concurrently && ctx.existing(table)) {
                hits.accept(new Hit(LintRule.BLOCKING_INDEX_BUILD, (unique ? "unique index" : "index")
                        + (index == null ? "" : " " + index) + " on table " + table));
            }
            return;
        }
        // CREATE [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE [IF NOT EXISTS] name
        if (!unique) {
            c.accept("GLOBAL");
            c.accept("LOCAL");
            if (!c.accept("TEMPORARY")) {
                if (!c.accept("TEMP")) {
                    c.accept("UNLOGGED");
                }
            }
            if (c.accept("TABLE")) {
                c.accept("IF", "NOT", "EXISTS");
                String table = c.name();
                if (table != null) {
                    ctx.tableCreated(table);
                }
            }
        }
    }
}
