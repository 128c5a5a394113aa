package dev.retort.diff.kind.schema;

import dev.retort.diff.change.CreateSchema;
import dev.retort.diff.change.DropSchema;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.SchemaModel;

import java.util.List;

/**
 * SchemaChanges compares the schema lists of two models: a schema only the target has is created, one only the source
 * has is dropped. {@code public} is never created or dropped: every database has it.
 *
 * <pre>{@code
 * SchemaChanges.diff(from, to, out);
 * }</pre>
 */
public final class SchemaChanges {

    private static final String PUBLIC = "public";

    private SchemaChanges() {
    }

    /** Adds the schema creations and drops that turn {@code from} into {@code to} to {@code out}. */
    public static void diff(SchemaModel from, SchemaModel to, List<SchemaChange> out) {
        for (String schema : to.schemas()) {
            if (!schema.equals(PUBLIC) && !from.schemas().contains(schema)) {
                out.add(new CreateSchema(schema));
            }
        }
        for (String schema : from.schemas()) {
            if (!schema.equals(PUBLIC) && !to.schemas().contains(schema)) {
                out.add(new DropSchema(schema));
            }
        }
    }
}
