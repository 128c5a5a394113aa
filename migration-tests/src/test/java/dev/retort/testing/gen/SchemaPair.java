package dev.retort.testing.gen;

import dev.retort.schema.model.SchemaModel;

import java.util.List;

/**
 * SchemaPair is a generated schema {@code from}, the edits applied to its tables and to its other objects, and the
 * schema {@code to} they give.
 */
public record SchemaPair(SchemaModel from, List<Edit> edits, List<ObjectEdit> objectEdits, SchemaModel to) {

    public SchemaPair {
        edits = List.copyOf(edits);
        objectEdits = List.copyOf(objectEdits);
    }
}
