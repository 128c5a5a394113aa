package dev.retort.schema.dsl;

/**
 * UniqueStep follows {@link TableBuilder#unique}.
 *
 * <pre>{@code
 * t.unique("user_id", "name").nullsNotDistinct().named("uq_tags_user_name");
 * }</pre>
 */
public interface UniqueStep {

    /** Names the constraint explicitly. */
    UniqueStep named(String name);

    /** NULLS NOT DISTINCT: two NULLs collide (PostgreSQL 15 and later). */
    UniqueStep nullsNotDistinct();
}
