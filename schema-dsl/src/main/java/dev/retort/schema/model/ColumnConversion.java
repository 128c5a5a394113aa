package dev.retort.schema.model;

/**
 * ColumnConversion is how a column's values become the new type when PostgreSQL has no cast for it (a hint of the
 * declaration only, like {@code renamedFrom}): the {@code USING} expression of the upgrade, over the old column, and
 * the one of its downgrade, over the new column (null when PostgreSQL casts the new type back by itself).
 *
 * <pre>{@code
 * new ColumnConversion("to_timestamp(created)", "extract(epoch FROM created)::bigint");
 * }</pre>
 */
public record ColumnConversion(String upgrade, String downgrade) {

    public ColumnConversion {
        if (upgrade == null || upgrade.isBlank()) {
            throw new IllegalArgumentException("a column conversion needs the USING expression of the upgrade");
        }
        downgrade = downgrade == null || downgrade.isBlank() ? null : downgrade;
    }
}
