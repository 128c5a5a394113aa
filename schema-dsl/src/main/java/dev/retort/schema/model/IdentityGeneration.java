package dev.retort.schema.model;

/**
 * IdentityGeneration says whether an identity column is {@code GENERATED ALWAYS} or {@code BY DEFAULT}.
 *
 * <pre>{@code
 * IdentityGeneration.BY_DEFAULT.sql();   // "BY DEFAULT"
 * }</pre>
 */
public enum IdentityGeneration {
    ALWAYS("ALWAYS"),
    BY_DEFAULT("BY DEFAULT");

    private final String sql;

    IdentityGeneration(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
