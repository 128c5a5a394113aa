package dev.retort.schema;

import dev.retort.schema.model.SchemaModel;

/**
 * SchemaDefinition is what an application implements to declare its schema; tools load it by class name
 * (it needs a public no-argument constructor), the way Alembic's env.py imports all models.
 *
 * <pre>{@code
 * public final class VibesSchema implements SchemaDefinition {
 *     public SchemaModel schema() {
 *         return Schema.define(s -> s.table("users", t -> t.column("id", uuid()).primaryKey()));
 *     }
 * }
 * }</pre>
 */
public interface SchemaDefinition {

    /** The declared schema. Called once per tool run. */
    SchemaModel schema();
}
