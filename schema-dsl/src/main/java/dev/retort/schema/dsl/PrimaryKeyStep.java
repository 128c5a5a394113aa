package dev.retort.schema.dsl;

/**
 * PrimaryKeyStep follows {@link TableBuilder#primaryKey}: name the key (or leave it to the naming convention),
 * add INCLUDE columns, make it deferrable, comment it.
 *
 * <pre>{@code
 * t.primaryKey("entry_id", "tag_id").named("pk_entry_tags");
 * t.primaryKey("id").include("version").initiallyDeferred().comment("swapped in bulk moves");
 * }</pre>
 */
public interface PrimaryKeyStep {

    /** Names the primary key constraint explicitly. */
    PrimaryKeyStep named(String name);

    /** Non-key columns stored in the key's index ({@code INCLUDE (...)}), for index-only scans. */
    PrimaryKeyStep include(String... columns);

    /** DEFERRABLE INITIALLY IMMEDIATE: a transaction may defer the check with SET CONSTRAINTS. */
    PrimaryKeyStep deferrable();

    /** DEFERRABLE INITIALLY DEFERRED: checked at commit. */
    PrimaryKeyStep initiallyDeferred();

    /** COMMENT ON CONSTRAINT. */
    PrimaryKeyStep comment(String text);
}
