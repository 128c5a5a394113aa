package dev.retort.schema.model;

import java.util.Objects;

/**
 * Trigger is a trigger on a table or a view, held as the server prints it: {@code definition} is the
 * {@code pg_get_triggerdef} text (timing, events, {@code FOR EACH ROW/STATEMENT}, {@code WHEN}, transition tables,
 * constraint trigger options and the function it executes). Whether it fires is {@code enabled}, as
 * {@code pg_trigger.tgenabled} holds it.
 *
 * <pre>{@code
 * Trigger audit = new Trigger(QualifiedName.of("public", "orders"), "orders_audit",
 *         "CREATE TRIGGER orders_audit AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.audit()",
 *         false, TriggerEnabled.ORIGIN, null);
 * audit.id();   // trigger public.orders.orders_audit
 * }</pre>
 *
 * @param table      the table or view it is on
 * @param name       its name, unique on its table
 * @param definition the statement that creates it, as {@code pg_get_triggerdef} prints it
 * @param constraint true for a {@code CREATE CONSTRAINT TRIGGER}, which cannot be replaced in place
 * @param enabled    when it fires
 * @param comment    its comment, or null
 */
public record Trigger(QualifiedName table, String name, String definition, boolean constraint, TriggerEnabled enabled,
                      String comment) implements SchemaObject {

    public Trigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(enabled, "enabled");
    }

    @Override
    public ObjectId id() {
        return ObjectId.member(ObjectKind.TRIGGER, table, name);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Trigger other
                && Objects.equals(table, other.table)
                && Objects.equals(name, other.name)
                && Objects.equals(definition, other.definition)
                && constraint == other.constraint
                && Objects.equals(enabled, other.enabled)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(table);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(definition);
        h = 31 * h + Boolean.hashCode(constraint);
        h = 31 * h + Objects.hashCode(enabled);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
