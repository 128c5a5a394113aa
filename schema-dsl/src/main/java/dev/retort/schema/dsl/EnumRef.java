package dev.retort.schema.dsl;

import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;

import java.util.List;
import java.util.Objects;

/**
 * EnumRef is the handle of an enum type declared with {@link Namespace#enumType}; use it as a column type.
 *
 * <pre>{@code
 * EnumRef mood = s.enumType("mood", "sad", "ok", "happy").comment("How the day felt");
 * s.table("entries", t -> t.column("mood", mood).notNull());
 * }</pre>
 */
public final class EnumRef implements SqlType {

    private final SchemaBuilder owner;
    private final QualifiedName name;
    private final List<String> values;
    private String comment;

    EnumRef(SchemaBuilder owner, QualifiedName name, List<String> values) {
        this.owner = owner;
        this.name = Objects.requireNonNull(name, "name");
        this.values = List.copyOf(values);
    }

    /** Sets the comment of the enum type. */
    public EnumRef comment(String text) {
        this.comment = text;
        return this;
    }

    /** The qualified name of the enum type. */
    public QualifiedName name() {
        return name;
    }

    @Override
    public DataType dataType() {
        return new UserDefinedType(name);
    }

    SchemaBuilder owner() {
        return owner;
    }

    EnumType toModel() {
        return new EnumType(name, values, comment);
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
