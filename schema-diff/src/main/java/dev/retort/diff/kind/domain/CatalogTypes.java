package dev.retort.diff.kind.domain;

import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * CatalogTypes reads a type the catalog names by oid and type modifier (a domain's base type, a composite type's
 * attribute, a range's subtype) into a model {@link DataType}, as the table reader reads a column's: a type of
 * {@code pg_catalog} is built-in and spelled by {@code format_type}, any other is named by its schema and name with
 * its modifiers, and an array is an array of its element.
 *
 * <pre>{@code
 * String sql = "SELECT " + CatalogTypes.select("b", "t.typbasetype", "t.typtypmod") + " FROM pg_catalog.pg_type t"
 *         + CatalogTypes.joins("b", "t.typbasetype");
 * DataType base = CatalogTypes.read(rs, "b");
 * }</pre>
 */
public final class CatalogTypes {

    private CatalogTypes() {
    }

    /** The select list for the type {@code oid} with modifier {@code typmod}; columns start with {@code p}. */
    public static String select(String p, String oid, String typmod) {
        return p + "n.nspname AS " + p + "_schema, " + p + "t.typname AS " + p + "_name,"
                + " pg_catalog.format_type(" + oid + ", " + typmod + ") AS " + p + "_formatted,"
                + " " + p + "e.oid IS NOT NULL AS " + p + "_is_array, " + p + "en.nspname AS " + p + "_elem_schema,"
                + " " + p + "e.typname AS " + p + "_elem_name,"
                + " pg_catalog.format_type(" + p + "e.oid, " + typmod + ") AS " + p + "_elem_formatted,"
                + " CASE WHEN " + typmod + " >= 0 THEN substr(pg_catalog.format_type(COALESCE(" + p + "e.oid, " + oid
                + "), " + typmod + "), length(pg_catalog.format_type(COALESCE(" + p + "e.oid, " + oid + "), NULL)) + 1)"
                + " END AS " + p + "_modifiers";
    }

    /** The joins {@link #select} needs, for the type {@code oid}; pick a prefix that makes no SQL keyword. */
    public static String joins(String p, String oid) {
        // left joins: the type of a row that has none (a composite type without attributes) reads as null
        return " LEFT JOIN pg_catalog.pg_type " + p + "t ON " + p + "t.oid = " + oid
                + " LEFT JOIN pg_catalog.pg_namespace " + p + "n ON " + p + "n.oid = " + p + "t.typnamespace"
                // the element of a real array is the type whose typarray points back (point has a typelem too)
                + " LEFT JOIN pg_catalog.pg_type " + p + "e ON " + p + "e.oid = " + p + "t.typelem AND " + p
                + "e.typarray = " + p + "t.oid"
                + " LEFT JOIN pg_catalog.pg_namespace " + p + "en ON " + p + "en.oid = " + p + "e.typnamespace";
    }

    /** The type {@link #select} read with prefix {@code p}. */
    public static DataType read(ResultSet rs, String p) throws SQLException {
        String modifiers = rs.getString(p + "_modifiers");
        if (rs.getBoolean(p + "_is_array")) {
            return new ArrayType(type(rs.getString(p + "_elem_schema"), rs.getString(p + "_elem_name"),
                    rs.getString(p + "_elem_formatted"), modifiers));
        }
        return type(rs.getString(p + "_schema"), rs.getString(p + "_name"), rs.getString(p + "_formatted"), modifiers);
    }

    /** A collation read as schema and name, or null. */
    public static QualifiedName collation(String schema, String name) {
        return name == null ? null : QualifiedName.of(schema, name);
    }

    /** {@code " COLLATE schema.name"} (quoted where needed: {@code pg_catalog."C"}), or nothing. */
    public static String collate(QualifiedName collation) {
        return collation == null ? "" : " COLLATE " + SqlNames.name(collation);
    }

    private static DataType type(String schema, String name, String formatted, String modifiers) {
        if ("pg_catalog".equals(schema)) {
            return new BuiltinType(formatted);
        }
        return new UserDefinedType(QualifiedName.of(schema, name), modifiers);
    }
}
