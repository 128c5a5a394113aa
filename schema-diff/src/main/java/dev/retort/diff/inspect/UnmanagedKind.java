package dev.retort.diff.inspect;

/**
 * UnmanagedKind is a kind of database object that the schema model does not manage (yet). The inspector
 * reports such objects with their definition so that users see them and comparisons name every difference in
 * them; the differ never drops or touches them.
 *
 * <pre>{@code
 * UnmanagedKind.MATERIALIZED_VIEW.label();   // "materialized view"
 * }</pre>
 */
public enum UnmanagedKind {
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    FOREIGN_TABLE("foreign table"),
    /** A table declared {@code PARTITION BY}; it and its partitions stay out of the model. */
    PARTITIONED_TABLE("partitioned table"),
    PARTITION("partition"),
    /** A table that uses {@code INHERITS}: the model has no inheritance, so it is left alone. */
    INHERITED_TABLE("inheriting table"),
    COMPOSITE_TYPE("composite type"),
    DOMAIN("domain"),
    RANGE_TYPE("range type"),
    BASE_TYPE("base type"),
    FUNCTION("function"),
    PROCEDURE("procedure"),
    AGGREGATE("aggregate"),
    WINDOW_FUNCTION("window function"),
    TRIGGER("trigger"),
    RULE("rule"),
    POLICY("policy"),
    EXTENSION("extension"),
    COLLATION("collation"),
    OPERATOR("operator"),
    TEXT_SEARCH_CONFIGURATION("text search configuration"),
    STATISTICS("extended statistics"),
    EXCLUSION_CONSTRAINT("exclusion constraint"),
    /** {@code ALTER DEFAULT PRIVILEGES IN SCHEMA ...}: named by the role and the kind of objects they apply to. */
    DEFAULT_PRIVILEGES("default privileges"),
    /** {@code ALTER DEFAULT PRIVILEGES} for every schema. Database-level. */
    DEFAULT_PRIVILEGES_ALL_SCHEMAS("default privileges in every schema"),
    /** Database-level: compared only when whole databases are compared. */
    EVENT_TRIGGER("event trigger"),
    /** Database-level: compared only when whole databases are compared. */
    PUBLICATION("publication"),
    /** A foreign key of a managed table that references an unmanaged table (e.g. a partitioned one). */
    FOREIGN_KEY_TO_UNMANAGED("foreign key to an unmanaged table"),
    /** A sequence owned by a column of an unmanaged table. */
    SEQUENCE_OF_UNMANAGED("sequence owned by an unmanaged table"),
    /**
     * A detail of a managed object that the model cannot hold yet. The inspector reports those as
     * {@link UnmodeledDetail}s (see {@link DetailCatalog}); this kind remains for callers that still report one
     * as an object named {@code table.object DETAIL}.
     */
    UNMODELED_DETAIL("detail the model does not hold");

    private final String label;

    UnmanagedKind(String label) {
        this.label = label;
    }

    /** True for objects of the whole database rather than of a schema (their schema is {@code ""}). */
    public boolean databaseLevel() {
        return this == EVENT_TRIGGER || this == PUBLICATION || this == DEFAULT_PRIVILEGES_ALL_SCHEMAS;
    }

    /** Lower-case human name, for reports. */
    public String label() {
        return label;
    }
}
