package dev.retort.schema.dsl;

/**
 * PrimaryKeyStep follows {@link TableBuilder#primaryKey}: name the key, or leave it to the naming convention.
 *
 * <pre>{@code
 * t.primaryKey("entry_id", "tag_id").named("pk_entry_tags");
 * }</pre>
 */
public interface PrimaryKeyStep {

    /** Names the primary key constraint explicitly. */
    PrimaryKeyStep named(String name);
}
