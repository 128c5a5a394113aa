package dev.retort.diff;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;

import java.util.List;

/** Fixtures builds small models for tests, in the canonical spelling the inspector reads back. */
public final class Fixtures {

    public static final DataType INT = new BuiltinType("integer");
    public static final DataType BIGINT = new BuiltinType("bigint");
    public static final DataType TEXT = new BuiltinType("text");

    private Fixtures() {
    }

    public static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    public static Column column(String name, DataType type) {
        return Column.of(name, type);
    }

    public static Column required(String name, DataType type) {
        return Column.of(name, type).withNullable(false);
    }

    public static Table table(String name, Column... columns) {
        QualifiedName qualified = name.contains(".") ? QualifiedName.of(name.substring(0, name.indexOf('.')),
                name.substring(name.indexOf('.') + 1)) : name(name);
        return Table.named(qualified).withColumns(List.of(columns));
    }

    public static SchemaModel model(Table... tables) {
        return SchemaModel.empty().withTables(List.of(tables));
    }

    public static EnumType enumType(String name, String... values) {
        return new EnumType(name(name), List.of(values), null);
    }

    public static UserDefinedType type(EnumType type) {
        return new UserDefinedType(type.name());
    }

    public static Sequence sequence(String name) {
        return Sequence.of(name(name));
    }
}
