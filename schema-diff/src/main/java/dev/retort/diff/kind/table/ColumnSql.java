package dev.retort.diff.kind.table;

import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.List;

/** ColumnSql renders column definitions and the pieces of column alterations. */
public final class ColumnSql {

    private ColumnSql() {
    }

    /**
     * {@code name type [COMPRESSION ...] [COLLATE ...] [GENERATED ...] [DEFAULT ...] [NOT NULL]}, as in CREATE TABLE
     * and ADD COLUMN of {@code table}. STORAGE is not part of it (a column option only from PostgreSQL 16): see
     * {@link #setStorage}.
     */
    public static String definition(QualifiedName table, Column column) {
        StringBuilder sql = new StringBuilder(SqlNames.name(column.name())).append(' ').append(column.type().sql());
        if (column.compression() != null) {
            sql.append(" COMPRESSION ").append(column.compression());
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(collation(column.collation()));
        }
        if (column.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.identity() != null) {
            sql.append(" GENERATED ").append(column.identity().sql()).append(" AS IDENTITY")
                    .append(identityClause(table, column));
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** A collation name as SQL: schema-qualified, quoted where needed ({@code pg_catalog."C"}). */
    static String collation(QualifiedName collation) {
        return SqlNames.name(collation);
    }

    /**
     * The parenthesized sequence options of {@code column}'s identity, its SEQUENCE NAME first (qualified: an
     * unqualified one would be created in the first schema of the search path); empty when it has neither.
     */
    static String identityClause(QualifiedName table, Column column) {
        List<String> parts = new ArrayList<>();
        if (column.identitySequence() != null) {
            parts.add("SEQUENCE NAME " + SqlNames.name(QualifiedName.of(table.schema(), column.identitySequence())));
        }
        if (column.identityOptions() != null) {
            parts.add(identityOptions(column.identityOptions()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(" ", parts) + ")";
    }

    /** Sequence options in CREATE/ADD form, every one spelled out: {@code INCREMENT BY 1 MINVALUE 1 ...}. */
    static String identityOptions(IdentityOptions options) {
        return "INCREMENT BY " + options.increment() + " MINVALUE " + options.minValue() + " MAXVALUE " + options.maxValue()
                + " START WITH " + options.start() + " CACHE " + options.cache() + (options.cycle() ? " CYCLE" : " NO CYCLE");
    }

    /** The same options as ALTER COLUMN clauses: {@code SET INCREMENT BY 1 SET MINVALUE 1 ...}. */
    static String setIdentityOptions(IdentityOptions options) {
        return "SET INCREMENT BY " + options.increment() + " SET MINVALUE " + options.minValue() + " SET MAXVALUE "
                + options.maxValue() + " SET START WITH " + options.start() + " SET CACHE " + options.cache()
                + (options.cycle() ? " SET CYCLE" : " SET NO CYCLE");
    }

    /**
     * SET STORAGE for {@code column}, or, when it has none, back to its type's strategy. PostgreSQL 14 and 15 have no
     * SET STORAGE DEFAULT, so that one reads the type's strategy from the catalog in a DO block.
     */
    static String setStorage(QualifiedName table, Column column) {
        if (column.storage() != null) {
            return alterColumn(table, column.name()) + " SET STORAGE " + column.storage().toUpperCase(java.util.Locale.ROOT);
        }
        String alter = alterColumn(table, column.name()) + " SET STORAGE ";
        return "DO $retort$ BEGIN EXECUTE " + SqlNames.literal(alter) + " || (SELECT CASE t.typstorage WHEN 'p' THEN"
                + " 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END FROM pg_catalog.pg_attribute a"
                + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid WHERE a.attrelid = "
                + SqlNames.literal(SqlNames.name(table)) + "::regclass AND a.attname = " + SqlNames.literal(column.name())
                + "); END $retort$";
    }

    static String setCompression(QualifiedName table, Column column) {
        return alterColumn(table, column.name()) + " SET COMPRESSION "
                + (column.compression() == null ? "DEFAULT" : column.compression());
    }

    public static String alterColumn(QualifiedName table, String column) {
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
