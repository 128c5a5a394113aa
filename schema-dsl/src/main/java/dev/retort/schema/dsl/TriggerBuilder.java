package dev.retort.schema.dsl;

import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;

import java.util.List;
import java.util.Locale;

/**
 * TriggerBuilder declares a trigger on a table or a view: by its parts (when it fires, on which events, per row
 * or per statement, a condition, the function) or by a whole {@code CREATE TRIGGER} statement. The declaration is
 * normalized through the server and compares as {@code pg_get_triggerdef} prints it.
 *
 * <pre>{@code
 * s.trigger("orders_touch", orders).before("INSERT OR UPDATE").forEachRow().execute("touch()");
 * s.trigger("orders_status", orders).after("UPDATE OF status").forEachRow()
 *         .when("OLD.status IS DISTINCT FROM NEW.status").execute("notify_status()");
 * s.trigger("stock_audit", stock).after("UPDATE").referencing("NEW TABLE AS changed").forEachStatement()
 *         .execute("audit_stock()").disabled();
 * }</pre>
 */
public final class TriggerBuilder implements ObjectDraft {

    private final QualifiedName table;
    private final String name;
    private String timing;
    private String events;
    private boolean constraint;
    private String deferral;
    private String referencing;
    private String level;
    private String when;
    private String function;
    private String definition;
    private TriggerEnabled enabled = TriggerEnabled.ORIGIN;
    private String comment;

    TriggerBuilder(QualifiedName table, String name) {
        this.table = table;
        this.name = name;
    }

    /** {@code BEFORE events}, e.g. {@code before("INSERT OR UPDATE OF status")}. */
    public TriggerBuilder before(String events) {
        return fires("BEFORE", events);
    }

    /** {@code AFTER events}. */
    public TriggerBuilder after(String events) {
        return fires("AFTER", events);
    }

    /** {@code INSTEAD OF events}: on a view, row by row. */
    public TriggerBuilder insteadOf(String events) {
        return fires("INSTEAD OF", events);
    }

    /** {@code FOR EACH ROW}. */
    public TriggerBuilder forEachRow() {
        this.level = "ROW";
        return this;
    }

    /** {@code FOR EACH STATEMENT} (PostgreSQL's default). */
    public TriggerBuilder forEachStatement() {
        this.level = "STATEMENT";
        return this;
    }

    /** {@code WHEN (condition)}. */
    public TriggerBuilder when(String condition) {
        this.when = condition;
        return this;
    }

    /** Transition tables: {@code referencing("OLD TABLE AS before NEW TABLE AS after")}. */
    public TriggerBuilder referencing(String transitionTables) {
        this.referencing = transitionTables;
        return this;
    }

    /** A {@code CONSTRAINT TRIGGER} (AFTER ... FOR EACH ROW), which may be deferred. */
    public TriggerBuilder constraint() {
        this.constraint = true;
        return this;
    }

    /** {@code DEFERRABLE INITIALLY DEFERRED}; for a constraint trigger. */
    public TriggerBuilder initiallyDeferred() {
        this.constraint = true;
        this.deferral = "DEFERRABLE INITIALLY DEFERRED";
        return this;
    }

    /** {@code DEFERRABLE INITIALLY IMMEDIATE}; for a constraint trigger. */
    public TriggerBuilder deferrable() {
        this.constraint = true;
        this.deferral = "DEFERRABLE INITIALLY IMMEDIATE";
        return this;
    }

    /** The function and its arguments: {@code execute("audit('orders')")}. */
    public TriggerBuilder execute(String functionCall) {
        this.function = functionCall;
        return this;
    }

    /** The whole {@code CREATE TRIGGER} statement instead of the parts. */
    public TriggerBuilder definition(String createStatement) {
        this.definition = createStatement;
        return this;
    }

    /** Declared disabled ({@code ALTER TABLE ... DISABLE TRIGGER}). */
    public TriggerBuilder disabled() {
        return enabled(TriggerEnabled.DISABLED);
    }

    /** When it fires: {@code ORIGIN} (as created), {@code DISABLED}, {@code REPLICA} or {@code ALWAYS}. */
    public TriggerBuilder enabled(TriggerEnabled state) {
        this.enabled = state;
        return this;
    }

    /** A comment on the trigger. */
    public TriggerBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        String label = "trigger " + name + " on " + table;
        int before = problems.size();
        if (name == null || name.isBlank()) {
            problems.add("trigger on " + table + ": the name is empty");
            return null;
        }
        NameChecks.length(label, "the name", name, problems);
        if (enabled == null) {
            problems.add(label + ": enabled(...) needs a state (ORIGIN, DISABLED, REPLICA or ALWAYS)");
        }
        if (definition != null) {
            String upper = definition.strip().toUpperCase(Locale.ROOT);
            if (!upper.startsWith("CREATE TRIGGER") && !upper.startsWith("CREATE CONSTRAINT TRIGGER")) {
                problems.add(label + ": definition(...) is the whole CREATE TRIGGER statement");
            }
            if (timing != null || function != null || level != null || when != null) {
                problems.add(label + ": give either definition(...) or the parts (before/after, execute), not both");
            }
            return problems.size() > before ? null : new Trigger(table, name, definition.strip(),
                    upper.startsWith("CREATE CONSTRAINT"), enabled, comment);
        }
        if (timing == null) {
            problems.add(label + ": say when it fires: before(\"INSERT\"), after(...) or insteadOf(...)");
        }
        if (function == null || function.isBlank()) {
            problems.add(label + ": say what it runs: execute(\"my_function()\")");
        }
        if (deferral != null && !constraint) {
            problems.add(label + ": only a constraint trigger can be deferred");
        }
        if (problems.size() > before) {
            return null;
        }
        StringBuilder sql = new StringBuilder(constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ")
                .append(Identifiers.quote(name)).append(' ').append(timing).append(' ').append(events)
                .append(" ON ").append(Identifiers.quote(table));
        if (deferral != null) {
            sql.append(' ').append(deferral);
        }
        if (referencing != null) {
            sql.append(" REFERENCING ").append(referencing);
        }
        if (level != null) {
            sql.append(" FOR EACH ").append(level);
        }
        if (when != null) {
            sql.append(" WHEN (").append(when).append(')');
        }
        sql.append(" EXECUTE FUNCTION ").append(function);
        return new Trigger(table, name, sql.toString(), constraint, enabled, comment);
    }

    private TriggerBuilder fires(String when, String events) {
        this.timing = when;
        this.events = events;
        return this;
    }
}
