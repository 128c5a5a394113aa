package dev.retort.diff.kind.table;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedObject;
import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.TableHierarchy;
import dev.retort.schema.model.TableOptions;
import dev.retort.schema.model.UserDefinedType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * TableReader reads the managed tables (with their partition key, bound and parents) and all their columns in two
 * queries. Inherited columns (all of a partition's) are left to the parent's model, but for the NOT NULL a table
 * adds to one whose parent's is nullable.
 */
public final class TableReader {

    private static final String TABLES = CatalogQuery.managedTables()
            + "SELECT m.oid, m.nspname, m.relname, d.description, c.relpersistence = 'u' AS unlogged, c.reloptions,"
            + " CASE c.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING' END AS replica_identity,"
            // USING INDEX whose index was dropped behaves as NOTHING, as PostgreSQL documents
            + " CASE WHEN c.relreplident = 'i' THEN (SELECT ric.relname FROM pg_catalog.pg_index ri"
            + "  JOIN pg_catalog.pg_class ric ON ric.oid = ri.indexrelid WHERE ri.indrelid = c.oid AND ri.indisreplident)"
            + " END AS replica_identity_index, c.relreplident,"
            + " CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,"
            + " CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,"
            // the parents in INHERITS order; a partition has exactly one, its partitioned table
            + " ARRAY(SELECT pn.nspname FROM pg_catalog.pg_inherits inh JOIN pg_catalog.pg_class p ON p.oid = inh.inhparent"
            + "  JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace WHERE inh.inhrelid = c.oid ORDER BY inh.inhseqno)"
            + " AS parent_schemas,"
            + " ARRAY(SELECT p.relname FROM pg_catalog.pg_inherits inh JOIN pg_catalog.pg_class p ON p.oid = inh.inhparent"
            + "  WHERE inh.inhrelid = c.oid ORDER BY inh.inhseqno) AS parent_names"
            + " FROM managed m JOIN pg_catalog.pg_class c ON c.oid = m.oid"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = m.oid"
            + " AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0";

    // The element type of a real array is the type whose typarray points back: that excludes types such as
    // point or name that have a typelem but are not arrays.
    private static final String COLUMNS = CatalogQuery.managedTables()
            + "SELECT a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS formatted,"
            + " tn.nspname AS type_schema, t.typname AS type_name,"
            + " et.oid IS NOT NULL AS is_array, etn.nspname AS elem_schema, et.typname AS elem_name,"
            + " pg_catalog.format_type(et.oid, a.atttypmod) AS elem_formatted,"
            // the modifiers of an extension type (geometry(Polygon,4326)): what format_type prints after the name
            + " CASE WHEN a.atttypmod >= 0 THEN substr(pg_catalog.format_type(COALESCE(et.oid, t.oid), a.atttypmod),"
            + "  length(pg_catalog.format_type(COALESCE(et.oid, t.oid), NULL)) + 1) END AS type_modifiers,"
            + " a.attnotnull, a.attidentity, a.attgenerated, a.attinhcount > 0 AS inherited,"
            // an inherited column made NOT NULL here while every parent's is nullable (SET NOT NULL on a partition)
            + " a.attinhcount > 0 AND a.attnotnull AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits inh"
            + "  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = inh.inhparent AND pa.attname = a.attname"
            + "  WHERE inh.inhrelid = a.attrelid AND pa.attnotnull) AS own_not_null,"
            + " pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS expr, d.description,"
            + " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation, con.nspname AS collation_schema,"
            + " CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,"
            + " CASE WHEN a.attcompression IN ('p', 'l') THEN a.attcompression::text END AS compression"
            + " FROM managed m JOIN pg_catalog.pg_attribute a ON a.attrelid = m.oid"
            + " AND a.attnum > 0 AND NOT a.attisdropped"
            + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + " JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace"
            + " LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem AND et.typarray = t.oid"
            + " LEFT JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace"
            + " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
            + " LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace"
            + " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = a.attrelid"
            + " AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum"
            + " ORDER BY a.attrelid, a.attnum";

    private TableReader() {
    }

    /** The managed tables by oid, with their columns filled in, in catalog order. */
    public static Map<Long, TableDraft> read(CatalogQuery catalog, Consumer<UnmanagedObject> unmanaged) throws SQLException {
        Map<Long, TableDraft> tables = new LinkedHashMap<>();
        catalog.query(TABLES, rs -> tables.put(rs.getLong(1),
                new TableDraft(QualifiedName.of(rs.getString(2), rs.getString(3)), rs.getString(4),
                        options(rs), hierarchy(rs))));
        catalog.query(COLUMNS, rs -> {
            TableDraft table = tables.get(rs.getLong("attrelid"));
            if (table != null) {
                table.columnNames.put(rs.getInt("attnum"), rs.getString("attname"));
                // an inherited column is its parent's (a partition's are all inherited): named, not modelled here
                if (!rs.getBoolean("inherited")) {
                    table.columns.add(column(rs));
                } else if (rs.getBoolean("own_not_null")) {
                    table.notNullColumns.add(rs.getString("attname"));
                }
            }
        });
        return tables;
    }

    private static TableOptions options(ResultSet rs) throws SQLException {
        String index = rs.getString("replica_identity_index");
        String identity = rs.getString("replica_identity");
        if (identity == null && index == null && "i".equals(rs.getString("relreplident"))) {
            identity = "NOTHING";
        }
        return new TableOptions(rs.getBoolean("unlogged"), ConstraintReader.strings(rs.getArray("reloptions")),
                index == null ? identity : TableOptions.USING_INDEX, index);
    }

    private static TableHierarchy hierarchy(ResultSet rs) throws SQLException {
        List<String> schemas = ConstraintReader.strings(rs.getArray("parent_schemas"));
        List<String> names = ConstraintReader.strings(rs.getArray("parent_names"));
        List<QualifiedName> parents = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parents.add(QualifiedName.of(schemas.get(i), names.get(i)));
        }
        String key = rs.getString("partition_key");
        String bound = rs.getString("partition_bound");
        PartitionSpec spec = key == null ? null : PartitionKeyText.parse(key);
        if (bound != null && !parents.isEmpty()) {
            return new TableHierarchy(spec, new PartitionOf(parents.get(0), bound), List.of());
        }
        return new TableHierarchy(spec, null, parents);
    }

    private static Column column(ResultSet rs) throws SQLException {
        String modifiers = rs.getString("type_modifiers");
        DataType type = rs.getBoolean("is_array")
                ? new ArrayType(type(rs.getString("elem_schema"), rs.getString("elem_name"), rs.getString("elem_formatted"), modifiers))
                : type(rs.getString("type_schema"), rs.getString("type_name"), rs.getString("formatted"), modifiers);
        String expression = rs.getString("expr");
        String identity = rs.getString("attidentity");
        // 's' stored; 'v' virtual (PostgreSQL 18) is read as generated too, so that its expression is never
        // mistaken for a DEFAULT; the model has no VIRTUAL flag yet
        String generatedKind = rs.getString("attgenerated");
        boolean generated = "s".equals(generatedKind) || "v".equals(generatedKind);
        String collation = rs.getString("collation");
        Column column = Column.of(rs.getString("attname"), type)
                .withNullable(!rs.getBoolean("attnotnull"))
                .withComment(rs.getString("description"))
                .withCollation(collation == null ? null : QualifiedName.of(rs.getString("collation_schema"), collation))
                .withStorage(storage(rs.getString("storage")))
                .withCompression(compression(rs.getString("compression")));
        if ("a".equals(identity)) {
            column = column.withIdentity(IdentityGeneration.ALWAYS);
        } else if ("d".equals(identity)) {
            column = column.withIdentity(IdentityGeneration.BY_DEFAULT);
        }
        return generated ? column.withGenerated(expression) : column.withDefault(expression);
    }

    private static String storage(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "p" -> "plain";
            case "e" -> "external";
            case "m" -> "main";
            default -> "extended";
        };
    }

    private static String compression(String code) {
        return code == null ? null : "l".equals(code) ? "lz4" : "pglz";
    }

    /** Types of pg_catalog are built-in, spelled by format_type; any other is referenced by its name. */
    static DataType type(String schema, String name, String formatted) {
        return type(schema, name, formatted, null);
    }

    /** As {@link #type(String, String, String)}, keeping the modifiers of a type outside pg_catalog. */
    static DataType type(String schema, String name, String formatted, String modifiers) {
        if ("pg_catalog".equals(schema)) {
            return new BuiltinType(formatted);
        }
        return new UserDefinedType(QualifiedName.of(schema, name), modifiers);
    }
}
