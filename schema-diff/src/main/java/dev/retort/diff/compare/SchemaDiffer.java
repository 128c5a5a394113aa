package dev.retort.diff.compare;

import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.SchemaModel;

import java.util.List;

/**
 * SchemaDiffer compares two models by name and returns the changes that turn {@code from} into {@code to}.
 */
public final class SchemaDiffer {

    public List<SchemaChange> diff(SchemaModel from, SchemaModel to) {
        throw new UnsupportedOperationException("not yet");
    }
}
