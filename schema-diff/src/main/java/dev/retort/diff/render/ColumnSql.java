package dev.retort.diff.render;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;

/** ColumnSql renders column definitions and the pieces of column alterations. */
final class ColumnSql {

    private ColumnSql() {
    }

    /** {@code name type [GENERATED ...] [DEFAULT ...] [NOT NULL]}, as in CREATE TABLE and ADD COLUMN. */
    static String definition(Column column) {
        StringBuilder sql = new StringBuilder(SqlNames.name(column.name())).append(' ').append(column.type().sql());
        if (column.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.identity() != null) {
            sql.append(" GENERATED ").append(column.identity().sql()).append(" AS IDENTITY");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    static String alterColumn(QualifiedName table, String column) {
        return "ALTER TABLE " + SqlNames.name(table) + " ALTER COLUMN " + SqlNames.name(column);
    }

    /**
     * The USING expression converting {@code column} from one type to another. Conversions between user-defined
     * types (an enum to another, or to its recreated self) go through text, for which explicit casts always exist.
     */
    static String using(String column, DataType from, DataType to) {
        String quoted = SqlNames.name(column);
        if (isUserDefined(from) && isUserDefined(to)) {
            String text = from instanceof ArrayType ? "text[]" : "text";
            return quoted + "::" + text + "::" + to.sql();
        }
        return quoted + "::" + to.sql();
    }

    static boolean isUserDefined(DataType type) {
        DataType element = type instanceof ArrayType array ? array.element() : type;
        return element instanceof UserDefinedType;
    }

    static String commentOnColumn(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + SqlNames.name(table) + "." + SqlNames.name(column) + " IS " + SqlNames.literal(comment);
    }
}
