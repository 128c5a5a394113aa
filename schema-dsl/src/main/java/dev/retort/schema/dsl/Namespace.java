package dev.retort.schema.dsl;

import java.util.function.Consumer;

/**
 * Namespace declares tables, enum types and sequences in one PostgreSQL schema. The {@link SchemaBuilder}
 * itself is the namespace {@code public}; {@link SchemaBuilder#inSchema} gives any other.
 *
 * <pre>{@code
 * Namespace billing = s.inSchema("billing");
 * EnumRef status = billing.enumType("invoice_status", "draft", "sent", "paid");
 * TableRef invoices = billing.table("invoices", t -> {
 *     t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
 *     t.column("status", status).notNull().defaultValue("draft");
 * });
 * }</pre>
 */
public interface Namespace {

    /** The schema's name. */
    String name();

    /** Declares and defines a table; the body runs at once. Returns the table's handle. */
    TableRef table(String name, Consumer<TableBuilder> body);

    /**
     * Declares a table's handle now and defines it later with {@link #table(TableRef, Consumer)}: for foreign
     * keys that point forward or form a cycle.
     */
    TableRef declareTable(String name);

    /** Defines a table whose handle {@link #declareTable} returned. */
    TableRef table(TableRef declared, Consumer<TableBuilder> body);

    /** Declares an enum type with its labels in sort order; the handle is a column type. */
    EnumRef enumType(String name, String... values);

    /** Declares a standalone sequence. */
    SequenceBuilder sequence(String name);

    /**
     * Adds an object of one of the other kinds; the kind methods below ({@link #extension}, ...) call it. The draft
     * becomes its model record when the schema is built.
     */
    void declare(ObjectDraft draft);

    /** Declares an extension whose objects go to this schema: {@code s.extension("pg_trgm")}. */
    default ExtensionBuilder extension(String name) {
        ExtensionBuilder extension = new ExtensionBuilder(name, name());
        declare(extension);
        return extension;
    }

    /**
     * Declares a function by its parts: {@code s.function("add", "a integer, b integer", "integer", "sql",
     * "SELECT a + b").immutable()}; options follow on the builder.
     */
    default RoutineBuilder function(String name, String arguments, String returns, String language, String body) {
        RoutineBuilder function = new RoutineBuilder(dev.retort.schema.model.ObjectKind.FUNCTION,
                dev.retort.schema.model.QualifiedName.of(name(), name), arguments, returns, language, body);
        declare(function);
        return function;
    }

    /** Declares a function given whole: {@code s.function("half", "x integer").definition("CREATE FUNCTION ...")}. */
    default RoutineBuilder function(String name, String arguments) {
        return function(name, arguments, null, null, null);
    }

    /** Declares a procedure by its parts: {@code s.procedure("tidy", "", "sql", "DELETE FROM log")}. */
    default RoutineBuilder procedure(String name, String arguments, String language, String body) {
        RoutineBuilder procedure = new RoutineBuilder(dev.retort.schema.model.ObjectKind.PROCEDURE,
                dev.retort.schema.model.QualifiedName.of(name(), name), arguments, null, language, body);
        declare(procedure);
        return procedure;
    }

    /** Declares a procedure given whole: {@code s.procedure("tidy", "").definition("CREATE PROCEDURE ...")}. */
    default RoutineBuilder procedure(String name, String arguments) {
        return procedure(name, arguments, null, null);
    }

    /** Declares a trigger on a table: {@code s.trigger("orders_touch", orders).before("UPDATE").forEachRow().execute("touch()")}. */
    default TriggerBuilder trigger(String name, TableRef table) {
        TriggerBuilder trigger = new TriggerBuilder(table.name(), name);
        declare(trigger);
        return trigger;
    }

    /** Declares a trigger on a table or view of this schema, by its name: {@code s.trigger("v_insert", "active_users")}. */
    default TriggerBuilder trigger(String name, String tableOrView) {
        TriggerBuilder trigger = new TriggerBuilder(dev.retort.schema.model.QualifiedName.of(name(), tableOrView), name);
        declare(trigger);
        return trigger;
    }
}
