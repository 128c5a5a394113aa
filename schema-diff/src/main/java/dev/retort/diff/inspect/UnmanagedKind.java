package dev.retort.diff.inspect;

/**
 * UnmanagedKind is a kind of database object that the schema model does not manage (yet). The inspector
 * reports such objects by name so that users see them, and the differ never drops or touches them.
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
    /** A foreign key of a managed table that references an unmanaged table (e.g. a partitioned one). */
    FOREIGN_KEY_TO_UNMANAGED("foreign key to an unmanaged table"),
    /** A sequence owned by a column of an unmanaged table. */
    SEQUENCE_OF_UNMANAGED("sequence owned by an unmanaged table"),
    /**
     * A detail of a managed object that the model cannot hold yet (a DEFERRABLE or INCLUDE unique key, a MATCH
     * FULL or NOT VALID constraint, a column COLLATE): named {@code table.object DETAIL}.
     */
    UNMODELED_DETAIL("detail the model does not hold");

    private final String label;

    UnmanagedKind(String label) {
        this.label = label;
    }

    /** Lower-case human name, for reports. */
    public String label() {
        return label;
    }
}
