package dev.retort.schema.model;

/**
 * CheckOption is a view's {@code WITH CHECK OPTION}: whether rows written through an updatable view must satisfy
 * its {@code WHERE} (LOCAL: this view's condition; CASCADED: also those of the views it is built on).
 *
 * <pre>{@code
 * CheckOption.CASCADED.sql();   // "cascaded", as the reloption check_option holds it
 * }</pre>
 */
public enum CheckOption {
    NONE,
    LOCAL,
    CASCADED;

    /** The value of the {@code check_option} reloption; null for {@link #NONE}. */
    public String sql() {
        return this == NONE ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
