package dev.retort.schema.dsl;

import dev.retort.schema.model.DataType;

/**
 * SqlType is a column type as the DSL declares it: the factories in {@link Types} and the enum handles that
 * {@link Namespace#enumType} returns.
 *
 * <pre>{@code
 * t.column("tags", text().array());
 * t.column("mood", mood);           // an EnumRef
 * }</pre>
 */
public interface SqlType {

    /** The model type this declares, in PostgreSQL's canonical spelling. */
    DataType dataType();

    /** An array of this type ({@code text[]}). */
    default SqlType array() {
        return Types.arrayOf(this);
    }
}
