package dev.retort.diff.change;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Uses lists the objects a change's own data names (a column's type, a key's columns, a table's column types), for
 * its {@link Footprint}. What expressions use (a check's columns, a default's sequence) comes from the models'
 * dependencies, never from reading the expression.
 */
final class Uses {

    private Uses() {
    }

    /** The user-defined type of {@code type} (or of its elements), if any. */
    static Set<ObjectId> type(DataType type) {
        DataType element = type instanceof ArrayType array ? array.element() : type;
        return element instanceof UserDefinedType udt ? Set.of(ObjectId.type(udt.name())) : Set.of();
    }

    static Set<ObjectId> types(Table table) {
        Set<ObjectId> all = new TreeSet<>();
        table.columns().forEach(c -> all.addAll(type(c.type())));
        return all;
    }

    /** A table's own members: its columns, primary key, unique and check constraints (not indexes or foreign keys). */
    /** The tables a partition or inheriting table is created under and must go before. */
    static Set<ObjectId> parents(Table table) {
        Set<ObjectId> parents = new java.util.TreeSet<>();
        table.hierarchy().parents().forEach(p -> parents.add(ObjectId.table(p)));
        return parents;
    }

    static Set<ObjectId> members(Table table) {
        Set<ObjectId> all = new TreeSet<>();
        table.columns().forEach(c -> all.add(ObjectId.column(table.name(), c.name())));
        if (table.primaryKey() != null) {
            all.add(ObjectId.constraint(table.name(), table.primaryKey().name()));
        }
        table.uniqueConstraints().forEach(u -> all.add(ObjectId.constraint(table.name(), u.name())));
        table.checkConstraints().forEach(c -> all.add(ObjectId.constraint(table.name(), c.name())));
        return all;
    }

    static Set<ObjectId> columns(QualifiedName table, Collection<String> columns) {
        Set<ObjectId> all = new TreeSet<>();
        columns.forEach(c -> all.add(ObjectId.column(table, c)));
        return all;
    }

    /** The columns an index names as keys or INCLUDE columns (its expressions' columns come from dependencies). */
    static List<String> indexColumns(Index index) {
        List<String> names = new ArrayList<>();
        index.elements().stream().filter(e -> !e.isExpression()).forEach(e -> names.add(e.column()));
        names.addAll(index.include());
        return names;
    }

    static Set<ObjectId> column(QualifiedName table, Column column) {
        List<ObjectId> all = new ArrayList<>(type(column.type()));
        all.add(ObjectId.column(table, column.name()));
        return Set.copyOf(all);
    }
}
