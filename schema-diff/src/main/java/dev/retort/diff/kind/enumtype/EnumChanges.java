package dev.retort.diff.kind.enumtype;

import dev.retort.diff.change.AlterEnum;
import dev.retort.diff.change.CreateEnum;
import dev.retort.diff.change.DropEnum;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.kind.table.TablePairs;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.SchemaModel;

import java.util.List;

/**
 * EnumChanges compares the enums of two models by name: created, dropped, or altered. An alteration that changes the
 * labels carries the columns its recreate converts, in each direction, from the {@link TablePairs}.
 *
 * <pre>{@code
 * EnumChanges.diff(from, to, TablePairs.match(from, to, out), out);
 * }</pre>
 */
public final class EnumChanges {

    private EnumChanges() {
    }

    /** Adds the enum changes that turn {@code from} into {@code to} to {@code out}. */
    public static void diff(SchemaModel from, SchemaModel to, TablePairs tables, List<SchemaChange> out) {
        for (EnumType type : to.enums()) {
            if (from.enumType(type.name()).isEmpty()) {
                out.add(new CreateEnum(type));
            }
        }
        for (EnumType type : from.enums()) {
            EnumType target = to.enumType(type.name()).orElse(null);
            if (target == null) {
                out.add(new DropEnum(type));
            } else if (!type.equals(target)) {
                boolean values = !type.values().equals(target.values());
                out.add(new AlterEnum(type, target,
                        values ? tables.enumColumns(type.name(), true) : List.of(),
                        values ? tables.enumColumns(type.name(), false) : List.of()));
            }
        }
    }
}
