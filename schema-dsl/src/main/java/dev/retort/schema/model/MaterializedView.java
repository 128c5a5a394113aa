package dev.retort.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * MaterializedView is a materialized view: its query as the server prints it, whether it is created with its rows
 * ({@code WITH DATA}, the default) or empty ({@code WITH NO DATA}, to be refreshed later), its indexes and comments.
 * Whether a live one is populated is data, not schema: it is read but never a difference (see the kind's diff).
 *
 * <pre>{@code
 * MaterializedView totals = new MaterializedView(QualifiedName.of("public", "totals"),
 *         "SELECT category, sum(amount) AS total FROM public.sales GROUP BY category", List.of(), true,
 *         List.of(new MaterializedViewIndex("totals_category", true, "(category)")), null, Map.of());
 * totals.id();   // materialized view public.totals
 * }</pre>
 *
 * @param name           its qualified name
 * @param query          its query, without a trailing semicolon
 * @param columns        its output columns in order; empty when not known yet (a declaration)
 * @param withData       true when it is created populated; false for {@code WITH NO DATA}
 * @param indexes        its indexes, sorted by name
 * @param comment        its comment; null for none
 * @param columnComments comments on its columns, by column name
 * @param storageParameters its storage parameters ({@code fillfactor=70}, as PostgreSQL prints them, sorted)
 */
public record MaterializedView(QualifiedName name, String query, List<ViewColumn> columns, boolean withData,
                               List<MaterializedViewIndex> indexes, String comment,
                               Map<String, String> columnComments, List<String> storageParameters) implements SchemaObject {


    public MaterializedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        columns = List.copyOf(columns);
        indexes = indexes.stream().sorted(Comparator.comparing(MaterializedViewIndex::name)).toList();
        columnComments = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(columnComments));
        storageParameters = storageParameters == null ? List.of() : storageParameters.stream().sorted().toList();
    }

    /** A materialized view without storage parameters. */
    public MaterializedView(QualifiedName name, String query, List<ViewColumn> columns, boolean withData,
                            List<MaterializedViewIndex> indexes, String comment, Map<String, String> columnComments) {
        this(name, query, columns, withData, indexes, comment, columnComments, List.of());
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.MATERIALIZED_VIEW, name);
    }

    public MaterializedView withData(boolean populated) {
        return new MaterializedView(name, query, columns, populated, indexes, comment, columnComments, storageParameters);
    }

    public MaterializedView withColumns(List<ViewColumn> newColumns) {
        return new MaterializedView(name, query, newColumns, withData, indexes, comment, columnComments, storageParameters);
    }

    public MaterializedView withStorageParameters(List<String> parameters) {
        return new MaterializedView(name, query, columns, withData, indexes, comment, columnComments, parameters);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MaterializedView other
                && Objects.equals(name, other.name)
                && Objects.equals(query, other.query)
                && Objects.equals(columns, other.columns)
                && withData == other.withData
                && Objects.equals(indexes, other.indexes)
                && Objects.equals(comment, other.comment)
                && Objects.equals(columnComments, other.columnComments)
                && Objects.equals(storageParameters, other.storageParameters);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(query);
        h = 31 * h + Objects.hashCode(columns);
        h = 31 * h + Boolean.hashCode(withData);
        h = 31 * h + Objects.hashCode(indexes);
        h = 31 * h + Objects.hashCode(comment);
        h = 31 * h + Objects.hashCode(columnComments);
        h = 31 * h + Objects.hashCode(storageParameters);
        return h;
    }
}
