package dev.retort.schema.dsl;

/**
 * UniqueStep follows {@link TableBuilder#unique}.
 *
 * <pre>{@code
 * t.unique("user_id", "name").nullsNotDistinct().named("uq_tags_user_name");
 * t.unique("position").deferrable().include("label").comment("reordered in one transaction");
 * }</pre>
 */
public interface UniqueStep {

    /** Names the constraint explicitly. */
    UniqueStep named(String name);

    /** NULLS NOT DISTINCT: two NULLs collide (PostgreSQL 15 and later). */
    UniqueStep nullsNotDistinct();

    /** Non-key columns stored in the constraint's index ({@code INCLUDE (...)}). */
    UniqueStep include(String... columns);

    /**
     * DEFERRABLE INITIALLY IMMEDIATE: a transaction may defer the check with SET CONSTRAINTS. PostgreSQL does
     * not let a foreign key reference a deferrable key.
     */
    UniqueStep deferrable();

    /** DEFERRABLE INITIALLY DEFERRED: checked at commit. */
    UniqueStep initiallyDeferred();

    /** COMMENT ON CONSTRAINT. */
    UniqueStep comment(String text);
}
