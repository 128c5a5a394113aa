package dev.retort.testing.gen;

import dev.retort.schema.model.SchemaModel;

import java.util.List;

/**
 * SchemaPair is a generated schema {@code from}, the edits applied to it, and the schema {@code to} they give.
 */
public record SchemaPair(SchemaModel from, List<Edit> edits, SchemaModel to) {

    public SchemaPair {
        edits = List.copyOf(edits);
    }
}
