package dev.retort.schema.model;

import java.util.Objects;

/**
 * SchemaComment is the comment on one schema ({@code COMMENT ON SCHEMA app IS '...'}). A schema with PostgreSQL's
 * default comment (none, and {@code 'standard public schema'} for {@code public}) has no SchemaComment object; nor
 * has a {@code public} without any comment (as it is once dropped and created again, which test setups often do).
 *
 * <pre>{@code
 * SchemaComment c = new SchemaComment("app", "application schema");
 * c.id();   // comment on schema app
 * }</pre>
 *
 * @param schema  the schema
 * @param comment its comment
 */
public record SchemaComment(String schema, String comment) implements SchemaObject {

    /** The comment {@code public} comes with. */
    public static final String PUBLIC_DEFAULT = "standard public schema";

    public SchemaComment {
        Objects.requireNonNull(schema, "schema");
        if (comment == null || comment.equals(defaultComment(schema))) {
            throw new IllegalArgumentException("the comment on schema " + schema + " is " + (comment == null ? "null"
                    : "'" + comment + "'") + ": that is the default, leave the object out");
        }
    }

    /** PostgreSQL's comment of {@code schema} when none was set: the one {@code public} comes with, else none. */
    public static String defaultComment(String schema) {
        return schema.equals("public") ? PUBLIC_DEFAULT : null;
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.SCHEMA_COMMENT, QualifiedName.of(schema, schema));
    }
}
