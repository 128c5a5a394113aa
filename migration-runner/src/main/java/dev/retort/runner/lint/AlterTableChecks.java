package dev.retort.runner.lint;

import dev.retort.runner.sql.SqlToken;
import dev.retort.runner.sql.TokenCursor;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * AlterTableChecks applies the online-safety and data-loss rules to each action of one {@code ALTER TABLE}. Actions
 * on a table created earlier in the same file lock nobody and lose nothing, so they are not flagged; NOT NULL checks
 * are recorded either way, for the SET NOT NULL rule.
 */
final class AlterTableChecks {

    // words that end a column's DEFAULT expression in ADD COLUMN
    private static final Set<String> COLUMN_CONSTRAINT_WORDS = Set.of(
            "NOT", "NULL", "CHECK", "REFERENCES", "UNIQUE", "PRIMARY", "CONSTRAINT", "GENERATED", "COLLATE");
    private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial", "serial4",
            "serial8", "serial2");

    private AlterTableChecks() {
    }

    /** {@code tokens} start after {@code ALTER TABLE}. */
    static void check(List<SqlToken> tokens, LintContext ctx, Consumer<Hit> hits) {
        TokenCursor c = new TokenCursor(tokens);
        c.accept("IF", "EXISTS");
        c.accept("ONLY");
        String table = c.name();
        if (table == null) {
            return;
        }
        if (!c.atEnd() && c.peek().isSymbol("*")) {
            c.next();
        }
        boolean existing = ctx.existing(table);
        if (c.peekIs("RENAME")) {
            rename(c, table, existing, hits);
            return;
        }
        for (List<SqlToken> action : TokenCursor.splitTopLevel(c.rest())) {
            action(new TokenCursor(action), table, existing, ctx, hits);
        }
    }

    private static void rename(TokenCursor c, String table, boolean existing, Consumer<Hit> hits) {
        c.accept("RENAME");
        if (!existing || c.peekIs("CONSTRAINT")) {
            return;   // a constraint's name is not used by application code
        }
        if (c.accept("TO")) {
            hits.accept(new Hit(LintRule.RENAME, "table " + table + " to " + c.name()));
        } else {
            c.accept("COLUMN");
            hits.accept(new Hit(LintRule.RENAME, "column " + table + "." + c.name()));
        }
    }

    private static void action(TokenCursor c, String table, boolean existing, LintContext ctx, Consumer<Hit> hits) {
        if (c.accept("ADD")) {
            add(c, table, existing, ctx, hits);
        } else if (c.accept("ALTER")) {
            c.accept("COLUMN");
            String column = c.name();
            if (column == null || !existing) {
                return;
            }
            if (c.accept("SET", "DATA", "TYPE") || c.accept("TYPE")) {
                hits.accept(new Hit(LintRule.TYPE_CHANGE_REWRITE, "column " + table + "." + column));
            } else if (c.accept("SET", "NOT", "NULL") && !ctx.hasValidatedNotNullCheck(table, column)) {
                hits.accept(new Hit(LintRule.SET_NOT_NULL_SCAN, "column " + table + "." + column));
            }
        } else if (c.accept("DROP")) {
            if (c.peekIs("CONSTRAINT") || c.peekIs("DEFAULT") || c.peekIs("NOT") || c.peekIs("IDENTITY")
                    || c.peekIs("EXPRESSION")) {
                return;
            }
            c.accept("COLUMN");
            c.accept("IF", "EXISTS");
            if (existing) {
                hits.accept(new Hit(LintRule.DROP_COLUMN, "column " + table + "." + c.name()));
            }
        } else if (c.accept("VALIDATE", "CONSTRAINT")) {
            ctx.constraintValidated(c.name());
        }
    }

    private static void add(TokenCursor c, String table, boolean existing, LintContext ctx, Consumer<Hit> hits) {
        String constraint = null;
        if (c.accept("CONSTRAINT")) {
            constraint = c.name();
        }
        List<SqlToken> rest = c.rest();
        boolean notValid = TokenCursor.containsTopLevel(rest, "NOT", "VALID");
        if (c.accept("FOREIGN", "KEY")) {
            if (existing && !notValid) {
                hits.accept(new Hit(LintRule.VALIDATED_FOREIGN_KEY, "table " + table));
            }
        } else if (c.accept("CHECK")) {
            String column = notNullColumn(c.rest());
            if (column != null) {
                ctx.notNullCheckAdded(table, constraint, column, !notValid);
            }
            if (existing && !notValid) {
                hits.accept(new Hit(LintRule.VALIDATED_CHECK, "table " + table));
            }
        } else if (c.accept("UNIQUE") || c.accept("PRIMARY", "KEY") || c.accept("EXCLUDE")) {
            if (existing && !TokenCursor.containsTopLevel(rest, "USING", "INDEX")) {
                hits.accept(new Hit(LintRule.BLOCKING_UNIQUE_CONSTRAINT, "table " + table));
            }
        } else if (existing) {
            c.accept("COLUMN");
            c.accept("IF", "NOT", "EXISTS");
            addColumn(c, table, hits);
        }
    }

    private static void addColumn(TokenCursor c, String table, Consumer<Hit> hits) {
        String column = c.name();
        List<SqlToken> definition = c.rest();
        if (!definition.isEmpty() && SERIAL_TYPES.contains(definition.get(0).identifier())) {
            hits.accept(new Hit(LintRule.VOLATILE_DEFAULT, "column " + table + "." + column + " of type "
                    + definition.get(0).identifier() + " fills every row from a sequence"));
            return;
        }
        if (TokenCursor.containsTopLevel(definition, "GENERATED", "ALWAYS", "AS", "IDENTITY")
                || TokenCursor.containsTopLevel(definition, "GENERATED", "BY", "DEFAULT", "AS", "IDENTITY")) {
            hits.accept(new Hit(LintRule.VOLATILE_DEFAULT, "identity column " + table + "." + column));
            return;
        }
        if (TokenCursor.containsTopLevel(definition, "STORED")) {
            hits.accept(new Hit(LintRule.VOLATILE_DEFAULT, "stored generated column " + table + "." + column));
            return;
        }
        String call = DefaultVolatility.rewritingCall(defaultExpression(definition));
        if (call != null) {
            hits.accept(new Hit(LintRule.VOLATILE_DEFAULT, "column " + table + "." + column + " default calls "
                    + call + "(), which may be volatile"));
        }
    }

    private static List<SqlToken> defaultExpression(List<SqlToken> definition) {
        int depth = 0;
        int start = -1;
        for (int i = 0; i < definition.size(); i++) {
            SqlToken t = definition.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && start < 0 && t.is("DEFAULT")) {
                start = i + 1;
            } else if (depth == 0 && start >= 0 && t.kind() == SqlToken.Kind.WORD
                    && COLUMN_CONSTRAINT_WORDS.contains(t.text().toUpperCase(java.util.Locale.ROOT))) {
                return definition.subList(start, i);
            }
        }
        return start < 0 ? List.of() : definition.subList(start, definition.size());
    }

    /** The column of a check that is exactly {@code (column IS NOT NULL)}, else null. */
    private static String notNullColumn(List<SqlToken> check) {
        List<SqlToken> inner = check.stream().filter(t -> !t.isSymbol("(") && !t.isSymbol(")")).toList();
        if (inner.size() >= 4 && inner.get(0).isName() && inner.get(1).is("IS") && inner.get(2).is("NOT")
                && inner.get(3).is("NULL") && (inner.size() == 4 || (inner.size() == 6 && inner.get(4).is("NOT")
                && inner.get(5).is("VALID")))) {
            return inner.get(0).identifier();
        }
        return null;
    }
}
