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

    /** Declares a view by its query: {@code s.view("active_users", "SELECT id FROM users WHERE active")}. */
    default ViewBuilder view(String name, String query) {
        ViewBuilder view = new ViewBuilder(dev.retort.schema.model.QualifiedName.of(name(), name), query);
        declare(view);
        return view;
    }

    /** Declares a materialized view by its query, with its indexes: {@code s.materializedView("totals", "SELECT ...")}. */
    default MaterializedViewBuilder materializedView(String name, String query) {
        MaterializedViewBuilder view = new MaterializedViewBuilder(dev.retort.schema.model.QualifiedName.of(name(), name),
                query);
        declare(view);
        return view;
    }
}
