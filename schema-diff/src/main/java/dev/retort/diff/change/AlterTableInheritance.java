package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * AlterTableInheritance adds or removes one parent of a table's {@code INHERITS}: {@code ALTER TABLE t INHERIT parent}
 * (the table must already have the parent's columns and checks) or {@code NO INHERIT parent} (the inherited columns
 * become the table's own). Its inverse does the opposite.
 *
 * <pre>{@code
 * new AlterTableInheritance(QualifiedName.of("public", "cities_eu"), QualifiedName.of("public", "cities"), true);
 * }</pre>
 */
public record AlterTableInheritance(QualifiedName table, QualifiedName parent, boolean inherit) implements SchemaChange {

    public AlterTableInheritance {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public SchemaChange inverse() {
        return new AlterTableInheritance(table, parent, !inherit);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return (inherit ? "inherit " : "no longer inherit ") + parent + " in " + table;
    }

    @Override
    public Footprint footprint() {
        Footprint alter = Footprint.alter(ObjectId.table(table));
        return inherit ? alter.requiring(ObjectId.table(parent)) : alter.releasing(ObjectId.table(parent));
    }
}
