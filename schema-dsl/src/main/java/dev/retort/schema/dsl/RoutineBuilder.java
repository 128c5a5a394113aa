package dev.retort.schema.dsl;

import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.SchemaObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RoutineBuilder declares a function or a procedure: by its parts (arguments, result, language, body and options)
 * or by a whole {@code CREATE FUNCTION} statement. Either way the declaration is normalized through the server, so
 * it compares with a database as PostgreSQL prints it ({@code int} reads as {@code integer}, options in the
 * server's order). A body that starts with {@code BEGIN ATOMIC} or {@code RETURN} is a SQL-standard body and is
 * written as it is; any other body is dollar-quoted.
 *
 * <pre>{@code
 * s.function("add", "a integer, b integer", "integer", "sql", "SELECT a + b").immutable().strict();
 * s.function("touch", "", "trigger", "plpgsql", "BEGIN NEW.updated_at := now(); RETURN NEW; END");
 * s.procedure("archive", "before date", "sql", "DELETE FROM orders WHERE placed < before")
 *         .set("search_path", "public").comment("moves old orders away");
 * s.function("half", "x integer").definition("CREATE FUNCTION half(x integer) RETURNS integer LANGUAGE sql RETURN x / 2");
 * }</pre>
 */
public final class RoutineBuilder implements ObjectDraft {

    private final ObjectKind kind;
    private final QualifiedName name;
    private final String arguments;
    private final String returns;
    private final String language;
    private final String body;
    private final List<String> options = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private String volatility;
    private String definition;
    private String comment;

    RoutineBuilder(ObjectKind kind, QualifiedName name, String arguments, String returns, String language, String body) {
        this.kind = kind;
        this.name = name;
        this.arguments = arguments;
        this.returns = returns;
        this.language = language;
        this.body = body;
    }

    /** {@code IMMUTABLE}: the same arguments always give the same result (needed in index expressions). */
    public RoutineBuilder immutable() {
        return volatility("IMMUTABLE");
    }

    /** {@code STABLE}: the result does not change within one statement. */
    public RoutineBuilder stable() {
        return volatility("STABLE");
    }

    /** {@code STRICT}: returns null at once when an argument is null. */
    public RoutineBuilder strict() {
        return option("STRICT");
    }

    /** {@code SECURITY DEFINER}: runs with its owner's privileges (pair it with {@code set("search_path", ...)}). */
    public RoutineBuilder securityDefiner() {
        return option("SECURITY DEFINER");
    }

    /** {@code LEAKPROOF}: reveals nothing about its arguments but its result. */
    public RoutineBuilder leakproof() {
        return option("LEAKPROOF");
    }

    /** {@code PARALLEL SAFE}, {@code RESTRICTED} or {@code UNSAFE}. */
    public RoutineBuilder parallel(String safety) {
        return option("PARALLEL " + safety);
    }

    /** {@code COST n}: the planner's estimate of its cost, in units of cpu_operator_cost. */
    public RoutineBuilder cost(double cost) {
        return option("COST " + number(cost));
    }

    /** {@code ROWS n}: the planner's estimate of the rows a set-returning function gives. */
    public RoutineBuilder rows(double rows) {
        return option("ROWS " + number(rows));
    }

    /** {@code SET name = value} while it runs, e.g. {@code set("search_path", "public, pg_temp")}. */
    public RoutineBuilder set(String setting, String value) {
        settings.put(setting, value);
        return this;
    }

    /** The whole {@code CREATE FUNCTION} (or {@code PROCEDURE}) statement instead of the parts. */
    public RoutineBuilder definition(String createStatement) {
        this.definition = createStatement;
        return this;
    }

    /** A comment on the routine. */
    public RoutineBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        String label = kind.label() + " " + name + "(" + arguments + ")";
        int before = problems.size();
        if (name.name().isBlank()) {
            problems.add(kind.label() + " in schema " + name.schema() + ": the name is empty");
        }
        if (definition != null) {
            if (!definition.strip().toUpperCase(Locale.ROOT).startsWith("CREATE")) {
                problems.add(label + ": definition(...) is the whole CREATE " + kind.name() + " statement; it starts"
                        + " with: " + abbreviated(definition));
            }
            if (body != null || !options.isEmpty() || !settings.isEmpty() || volatility != null) {
                problems.add(label + ": give either definition(...) or the parts (body, options), not both");
            }
            return problems.size() > before ? null : new Routine(kind, name, arguments, arguments, returns, "sql",
                    false, definition.strip(), comment);
        }
        if (kind == ObjectKind.FUNCTION && (returns == null || returns.isBlank())) {
            problems.add(label + ": the result type is empty (e.g. \"integer\", \"trigger\", \"SETOF orders\","
                    + " \"TABLE (id integer)\")");
        }
        if (language == null || language.isBlank()) {
            problems.add(label + ": the language is empty (e.g. \"sql\", \"plpgsql\")");
        }
        if (body == null || body.isBlank()) {
            problems.add(label + ": the body is empty");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Routine(kind, name, arguments, arguments, returns, language, atomic(body), sql(), comment);
    }

    private String sql() {
        StringBuilder sql = new StringBuilder("CREATE ").append(kind.name()).append(' ')
                .append(Identifiers.quote(name)).append('(').append(arguments).append(')');
        if (returns != null) {
            sql.append(" RETURNS ").append(returns);
        }
        sql.append(" LANGUAGE ").append(language);
        if (volatility != null) {
            sql.append(' ').append(volatility);
        }
        options.forEach(o -> sql.append(' ').append(o));
        settings.forEach((k, v) -> sql.append(" SET ").append(k).append(" = ").append(v));
        String text = body.strip();
        return sql.append(atomic(text) ? "\n" + text : "\nAS " + dollarQuoted(text)).toString();
    }

    private RoutineBuilder volatility(String value) {
        this.volatility = value;
        return this;
    }

    private RoutineBuilder option(String option) {
        options.add(option);
        return this;
    }

    private static boolean atomic(String body) {
        String upper = body.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith("BEGIN ATOMIC") || upper.startsWith("RETURN ") || upper.startsWith("RETURN\n");
    }

    // a tag that does not occur in the body
    private static String dollarQuoted(String body) {
        String tag = "$body$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$body" + i + "$";
        }
        return tag + body + tag;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String abbreviated(String text) {
        String line = text.strip();
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

}
