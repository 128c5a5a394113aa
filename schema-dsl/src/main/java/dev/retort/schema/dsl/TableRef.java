package dev.retort.schema.dsl;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * TableRef is the handle of a table declared in the DSL. Foreign keys point at table handles, so a typo in a
 * table name cannot compile; column names under a handle are checked when the schema is built.
 *
 * <pre>{@code
 * TableRef users = s.table("users", t -> t.column("id", uuid()).primaryKey());
 * TableRef orders = s.declareTable("orders");          // a forward reference, defined later
 * t.column("user_id", uuid()).references(users.column("id"));
 * }</pre>
 */
public final class TableRef {

    private final SchemaBuilder owner;
    private final QualifiedName name;
    private final boolean external;

    TableRef(SchemaBuilder owner, QualifiedName name, boolean external) {
        this.owner = owner;
        this.name = Objects.requireNonNull(name, "name");
        this.external = external;
    }

    /** The table's schema-qualified name. */
    public QualifiedName name() {
        return name;
    }

    /** A handle on the column {@code columnName} of this table (checked when the schema is built). */
    public ColumnRef column(String columnName) {
        Objects.requireNonNull(columnName, "columnName");
        return new NamedColumn(this, columnName);
    }

    /** True for a table outside the managed schema, made with {@link SchemaBuilder#externalTable}. */
    public boolean isExternal() {
        return external;
    }

    SchemaBuilder owner() {
        return owner;
    }

    @Override
    public String toString() {
        return name.toString();
    }

    /** A column handle by name. */
    private record NamedColumn(TableRef table, String name) implements ColumnRef {
    }
}
