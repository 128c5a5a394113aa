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

    /**
     * Declares a partition of {@code parent}: {@code s.partition("measurement_y2026", measurement,
     * "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')")}. The bound is what follows the parent's name in
     * {@code CREATE TABLE ... PARTITION OF}, or {@code "DEFAULT"}.
     */
    default TableRef partition(String name, TableRef parent, String bound) {
        return partition(name, parent, bound, t -> { });
    }

    /** A partition with more to it: its own indexes or checks, a sub-partitioning ({@code t.partitionByList(...)}). */
    default TableRef partition(String name, TableRef parent, String bound, Consumer<TableBuilder> body) {
        return table(name, t -> {
            t.partitionOf(parent, bound);
            body.accept(t);
        });
    }

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

    /** Declares an exclusion constraint: {@code s.exclusion("no_overlap", bookings).using("gist (during WITH &&)")}. */
    default ExclusionBuilder exclusion(String name, TableRef table) {
        ExclusionBuilder exclusion = new ExclusionBuilder(table.name(), name);
        declare(exclusion);
        return exclusion;
    }

    /** Declares an exclusion constraint on a table of this schema, by the table's name. */
    default ExclusionBuilder exclusion(String name, String table) {
        ExclusionBuilder exclusion = new ExclusionBuilder(dev.retort.schema.model.QualifiedName.of(name(), table), name);
        declare(exclusion);
        return exclusion;
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

    /** Comments on this namespace's schema: {@code s.inSchema("app").schemaComment("application schema")}. */
    default SchemaCommentBuilder schemaComment(String comment) {
        SchemaCommentBuilder draft = new SchemaCommentBuilder(name(), comment);
        declare(draft);
        return draft;
    }

    /** Enables row-level security on a table: {@code s.rowLevelSecurity(documents).force()}. */
    default RowSecurityBuilder rowLevelSecurity(TableRef table) {
        RowSecurityBuilder security = new RowSecurityBuilder(table.name());
        declare(security);
        return security;
    }

    /** Enables row-level security on a table of this namespace, by name. */
    default RowSecurityBuilder rowLevelSecurity(String table) {
        RowSecurityBuilder security = new RowSecurityBuilder(dev.retort.schema.model.QualifiedName.of(name(), table));
        declare(security);
        return security;
    }

    /** Declares a row-level security policy on a table: {@code s.policy("own_rows", documents).using("...")}. */
    default PolicyBuilder policy(String name, TableRef table) {
        PolicyBuilder policy = new PolicyBuilder(name, table.name());
        declare(policy);
        return policy;
    }

    /** Declares a policy on a table of this namespace, by name. */
    default PolicyBuilder policy(String name, String table) {
        PolicyBuilder policy = new PolicyBuilder(name, dev.retort.schema.model.QualifiedName.of(name(), table));
        declare(policy);
        return policy;
    }

    /** Grants privileges: {@code s.grant("SELECT").onTable(users).to("app_user")}; the roles must exist. */
    default GrantBuilder grant(String... privileges) {
        GrantBuilder grant = new GrantBuilder(name(), false, privileges);
        declare(grant);
        return grant;
    }

    /**
     * Takes a default privilege away from PUBLIC: {@code s.revokeDefault("EXECUTE").onFunction("purge", "").fromPublic()}.
     */
    default GrantBuilder revokeDefault(String... privileges) {
        GrantBuilder revoke = new GrantBuilder(name(), true, privileges);
        declare(revoke);
        return revoke;
    }

    /**
     * Declares a domain over {@code baseType}; the handle is a column type:
     * {@code s.domain("email", text()).notNull().check("email_format", "VALUE ~ '@'")}.
     */
    default DomainBuilder domain(String name, SqlType baseType) {
        DomainBuilder domain = new DomainBuilder(dev.retort.schema.model.QualifiedName.of(name(), name), baseType);
        declare(domain);
        return domain;
    }

    /**
     * Declares a composite type with its attributes in order; the handle is a column type:
     * {@code s.compositeType("address", a -> a.attribute("street", text()).attribute("city", text()))}.
     */
    default CompositeTypeBuilder compositeType(String name, Consumer<CompositeTypeBuilder> attributes) {
        CompositeTypeBuilder type = new CompositeTypeBuilder(dev.retort.schema.model.QualifiedName.of(name(), name));
        java.util.Objects.requireNonNull(attributes, "attributes").accept(type);
        declare(type);
        return type;
    }

    /** Declares a range type over {@code subtype}; the handle is a column type: {@code s.rangeType("floatrange", doublePrecision())}. */
    default RangeTypeBuilder rangeType(String name, SqlType subtype) {
        RangeTypeBuilder type = new RangeTypeBuilder(dev.retort.schema.model.QualifiedName.of(name(), name), subtype);
        declare(type);
        return type;
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

    /**
     * Declares an aggregate function by its arguments and {@code CREATE AGGREGATE} options:
     * {@code s.aggregate("group_concat", "text", "SFUNC = _group_concat, STYPE = text")}.
     */
    default AggregateBuilder aggregate(String name, String arguments, String options) {
        AggregateBuilder aggregate = new AggregateBuilder(dev.retort.schema.model.QualifiedName.of(name(), name),
                arguments, options);
        declare(aggregate);
        return aggregate;
    }
}
