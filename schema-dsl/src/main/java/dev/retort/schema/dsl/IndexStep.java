package dev.retort.schema.dsl;

/**
 * IndexStep follows {@link TableBuilder#index}: uniqueness, access method, partial predicate, INCLUDE columns
 * and name.
 *
 * <pre>{@code
 * t.index(col("user_id"), col("created_at").desc()).where("deleted_at IS NULL").include("title");
 * t.index(expr("lower(email)")).unique().named("ix_users_email_lower");
 * t.index("tags").using("gin");
 * t.index(col("name").collate("C")).with("fillfactor", 70).comment("sorted by bytes");
 * }</pre>
 */
public interface IndexStep {

    /** Names the index explicitly instead of {@code ix_<table>_<parts>}. */
    IndexStep named(String name);

    /** A UNIQUE index. */
    IndexStep unique();

    /** The access method: btree (default), hash, gin, gist, brin, spgist or an extension's. */
    IndexStep using(String method);

    /** A partial index over the rows where {@code predicate} (SQL) holds. */
    IndexStep where(String predicate);

    /** Non-key columns stored in the index (INCLUDE). */
    IndexStep include(String... columns);

    /** NULLS NOT DISTINCT, for a unique index (PostgreSQL 15 and later). */
    IndexStep nullsNotDistinct();

    /** A storage parameter, {@code WITH (name = value)}: {@code with("fillfactor", 70)}. */
    IndexStep with(String name, Object value);

    /** COMMENT ON INDEX. */
    IndexStep comment(String text);
}
