package dev.retort.diff.kind.routine;

import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Routine;

import java.util.List;

/**
 * RoutineSql writes the statements of a routine: its definition as {@code CREATE} or {@code CREATE OR REPLACE},
 * its signature for {@code DROP} and {@code COMMENT}.
 *
 * <pre>{@code
 * RoutineSql.signature(add);   // FUNCTION public.add(a integer, b integer)
 * }</pre>
 */
final class RoutineSql {

    private static final String REPLACE = "CREATE OR REPLACE ";
    private static final String CREATE = "CREATE ";

    private RoutineSql() {
    }

    /** {@code FUNCTION public.add(a integer, b integer)}: what DROP, COMMENT and ALTER name. */
    static String signature(Routine routine) {
        return (routine.isProcedure() ? "PROCEDURE " : "FUNCTION ") + SqlNames.name(routine.name()) + "("
                + routine.identityArguments() + ")";
    }

    /**
     * The definition as a {@code CREATE} (or, with {@code replace}, {@code CREATE OR REPLACE}); a SQL string body
     * is not checked at creation, since what it names may be created later in the same migration.
     */
    static List<SqlStatement> define(Routine routine, boolean replace) {
        String definition = routine.definition().strip();
        String body = startsWithIgnoreCase(definition, REPLACE) ? definition.substring(REPLACE.length())
                : startsWithIgnoreCase(definition, CREATE) ? definition.substring(CREATE.length()) : definition;
        SqlStatement statement = SqlStatement.of((replace ? REPLACE : CREATE) + body);
        if (!routine.language().equals("sql") || routine.atomicBody()) {
            return List.of(statement);
        }
        return List.of(SqlStatement.of("SET check_function_bodies = off"), statement,
                SqlStatement.of("RESET check_function_bodies"));
    }

    static SqlStatement comment(Routine routine) {
        return SqlStatement.of("COMMENT ON " + signature(routine) + " IS " + SqlNames.literal(routine.comment()));
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
