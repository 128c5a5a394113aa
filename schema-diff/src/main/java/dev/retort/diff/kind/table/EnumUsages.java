package dev.retort.diff.kind.table;

import dev.retort.diff.change.EnumColumn;
import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * EnumUsages finds the columns an enum recreate has to convert. The recreate runs after drops and renames and
 * before column alterations, so in the upgrade it converts the columns that have the type in the old model and
 * survive, under their new names; the downgrade converts those that have it in the new model and existed before,
 * under their old names.
 */
final class EnumUsages {

    private EnumUsages() {
    }

    static List<EnumColumn> convert(QualifiedName type, Map<Table, Table> pairs, Map<Table, ColumnMatch> matches,
                                    boolean upgrade) {
        List<EnumColumn> columns = new ArrayList<>();
        pairs.forEach((from, to) -> {
            for (ColumnMatch.Pair pair : matches.get(to).pairs) {
                if (pair.recreated()) {
                    continue;
                }
                Column now = upgrade ? pair.from() : pair.to();
                Column then = upgrade ? pair.to() : pair.from();
                Boolean array = uses(now.type(), type);
                if (array != null) {
                    String restore = Objects.equals(now.defaultExpression(), then.defaultExpression())
                            ? now.defaultExpression() : null;
                    columns.add(new EnumColumn(upgrade ? to.name() : from.name(), then.name(), array, restore));
                }
            }
        });
        return columns;
    }

    /** null when {@code type} is not the enum, else whether it is an array of it. */
    private static Boolean uses(DataType type, QualifiedName enumName) {
        if (type instanceof UserDefinedType udt && udt.name().equals(enumName)) {
            return false;
        }
        if (type instanceof ArrayType array && array.element() instanceof UserDefinedType udt && udt.name().equals(enumName)) {
            return true;
        }
        return null;
    }
}
