package dev.retort.schema.model;

/**
 * ReferentialAction is what a foreign key does when its referenced row is deleted or updated.
 *
 * <pre>{@code
 * ReferentialAction.CASCADE.sql();   // "CASCADE"
 * }</pre>
 */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
