package dev.retort.schema.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * View is a view: its query as the server prints it ({@code pg_get_viewdef}, names schema-qualified), its options
 * and comments. The columns are what the catalog reports for the query (a declaration leaves them empty and
 * normalization fills them in); they decide whether a new query can replace the old one in place.
 *
 * <pre>{@code
 * View active = new View(QualifiedName.of("public", "active_users"), "SELECT id FROM public.users WHERE active",
 *         List.of(), false, false, CheckOption.NONE, "who logged in lately", Map.of());
 * active.id();   // view public.active_users
 * }</pre>
 *
 * @param name            its qualified name
 * @param query           its query, without a trailing semicolon
 * @param columns         its output columns in order; empty when not known yet (a declaration)
 * @param securityBarrier {@code security_barrier}: conditions of the query run before the caller's functions
 * @param securityInvoker {@code security_invoker}: the tables are read with the caller's privileges (PostgreSQL 15)
 * @param checkOption     {@code WITH [LOCAL | CASCADED] CHECK OPTION}, or NONE
 * @param comment         its comment; null for none
 * @param columnComments  comments on its columns, by column name
 */
public record View(QualifiedName name, String query, List<ViewColumn> columns, boolean securityBarrier,
                   boolean securityInvoker, CheckOption checkOption, String comment,
                   Map<String, String> columnComments) implements SchemaObject {


    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(checkOption, "checkOption");
        columns = List.copyOf(columns);
        columnComments = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(columnComments));
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.VIEW, name);
    }

    public View withColumns(List<ViewColumn> newColumns) {
        return new View(name, query, newColumns, securityBarrier, securityInvoker, checkOption, comment, columnComments);
    }

    public View withQuery(String newQuery) {
        return new View(name, newQuery, columns, securityBarrier, securityInvoker, checkOption, comment, columnComments);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof View other
                && Objects.equals(name, other.name)
                && Objects.equals(query, other.query)
                && Objects.equals(columns, other.columns)
                && securityBarrier == other.securityBarrier
                && securityInvoker == other.securityInvoker
                && Objects.equals(checkOption, other.checkOption)
                && Objects.equals(comment, other.comment)
                && Objects.equals(columnComments, other.columnComments);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(query);
        h = 31 * h + Objects.hashCode(columns);
        h = 31 * h + Boolean.hashCode(securityBarrier);
        h = 31 * h + Boolean.hashCode(securityInvoker);
        h = 31 * h + Objects.hashCode(checkOption);
        h = 31 * h + Objects.hashCode(comment);
        h = 31 * h + Objects.hashCode(columnComments);
        return h;
    }
}
