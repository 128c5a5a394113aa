package dev.retort.schema.dsl;

import dev.retort.schema.model.SchemaObject;

import java.util.List;

/**
 * ObjectDraft is a declared object of one of the other kinds (extension, view, function ...) waiting for
 * {@link SchemaBuilder#build()}: the kind's builder collects options fluently and turns into its model record
 * there, adding to {@code problems} what is wrong with the declaration (each naming the object and the fix).
 *
 * <pre>{@code
 * s.declare(problems -> new Extension("pg_trgm", "public", null, null));
 * }</pre>
 */
@FunctionalInterface
public interface ObjectDraft {

    /** The model record; problems found are added to {@code problems} (the record may then be null). */
    SchemaObject toModel(List<String> problems);

    /**
     * The model records, for a draft that declares several objects at once (a grant on several columns); by
     * default its one {@link #toModel} record.
     */
    default List<SchemaObject> toModels(List<String> problems) {
        SchemaObject object = toModel(problems);
        return object == null ? List.of() : List.of(object);
    }
}
