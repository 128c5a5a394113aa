package dev.retort.diff.kind.table;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.inspect.UnmanagedObject;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.UniqueConstraint;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * ConstraintReader reads primary keys, foreign keys, unique and check constraints of all managed tables in
 * one query. Exclusion constraints and foreign keys that point at unmanaged tables are reported instead.
 */
public final class ConstraintReader {

    // conparentid <> 0 marks the copies PostgreSQL makes of a foreign key for each partition of a
    // referenced partitioned table; only the user's constraint counts. CHECK expressions come from
    // pg_get_expr on conbin: exactly what pg_get_constraintdef prints inside CHECK (...), without having to
    // strip the wrapper or a trailing NOT VALID from a string.
    // Key columns come as attnum arrays and are named in Java from the columns already read; only a foreign
    // key into a table outside the managed set gets its referenced names from the server. conparentid <> 0
    // marks the copies PostgreSQL makes of a foreign key for each partition of a referenced partitioned
    // table; only the user's constraint counts. CHECK expressions come from pg_get_expr on conbin: exactly
    // what pg_get_constraintdef prints inside CHECK (...), without stripping a wrapper or NOT VALID.
    private static final String CONSTRAINTS = CatalogQuery.managedTables()
            + "SELECT con.conrelid, con.conname, con.contype, con.conkey, con.confrelid, con.confkey,"
            + " fn.nspname AS ref_schema, fc.relname AS ref_table,"
            + " CASE WHEN con.contype = 'f' AND NOT EXISTS (SELECT 1 FROM managed r WHERE r.oid = con.confrelid)"
            + " THEN ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)"
            + "  JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)"
            + " END AS outside_ref_cols,"
            + " con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred, con.confmatchtype,"
            + " con.convalidated, con.connoinherit, d.description,"
            + " CASE WHEN ix.indnatts > ix.indnkeyatts THEN ARRAY(SELECT u.k FROM unnest(ix.indkey::int2[])"
            + "  WITH ORDINALITY AS u(k, ord) WHERE u.ord > ix.indnkeyatts ORDER BY u.ord) END AS include_keys,"
            + " CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS check_expr,"
            + " %s AS nulls_not_distinct, pg_catalog.pg_get_constraintdef(con.oid) AS condef"
            + " FROM managed m JOIN pg_catalog.pg_constraint con ON con.conrelid = m.oid"
            + " LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid"
            + " LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace"
            + " LEFT JOIN pg_catalog.pg_index ix ON ix.indexrelid = con.conindid AND con.contype IN ('p', 'u')"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = con.oid"
            + " AND d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objsubid = 0"
            // a check a table inherits (all of a partition's) is its parent's, as its inherited columns are
            + " WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND con.conparentid = 0"
            + " AND (con.contype <> 'c' OR con.coninhcount = 0)"
            + " ORDER BY con.conrelid, con.conname";

    private ConstraintReader() {
    }

    public static void read(CatalogQuery catalog, Map<Long, TableDraft> tables, Set<String> schemas,
                     Consumer<UnmanagedObject> unmanaged) throws SQLException {
        Set<QualifiedName> managed = tables.values().stream().map(t -> t.name).collect(Collectors.toSet());
        String sql = String.format(CONSTRAINTS, catalog.serverVersion() >= 150000 ? "COALESCE(ix.indnullsnotdistinct, false)" : "false");
        catalog.query(sql, rs -> {
            TableDraft table = tables.get(rs.getLong("conrelid"));
            if (table == null) {
                return;
            }
            String name = rs.getString("conname");
            List<String> columns = names(rs.getArray("conkey"), table);
            List<String> include = names(rs.getArray("include_keys"), table);
            boolean deferrable = rs.getBoolean("condeferrable");
            boolean deferred = rs.getBoolean("condeferred");
            boolean notValid = !rs.getBoolean("convalidated");
            String comment = rs.getString("description");
            switch (rs.getString("contype")) {
                case "p" -> table.primaryKey = new PrimaryKey(name, columns, include, deferrable, deferred, comment);
                case "u" -> table.uniques.add(new UniqueConstraint(name, columns, rs.getBoolean("nulls_not_distinct"),
                        include, deferrable, deferred, comment));
                case "c" -> table.checks.add(new CheckConstraint(name, rs.getString("check_expr"), notValid,
                        rs.getBoolean("connoinherit"), comment));
                case "x" -> unmanaged.accept(onTable(UnmanagedKind.EXCLUSION_CONSTRAINT, table, name, rs.getString("condef")));
                case "f" -> {
                    QualifiedName target = QualifiedName.of(rs.getString("ref_schema"), rs.getString("ref_table"));
                    // A key into an unmanaged table of a managed schema (a partitioned table, a partition)
                    // cannot be declared in the model; it is reported and left alone rather than dropped.
                    if (schemas.contains(target.schema()) && !managed.contains(target)) {
                        unmanaged.accept(onTable(UnmanagedKind.FOREIGN_KEY_TO_UNMANAGED, table, name, rs.getString("condef")));
                    } else {
                        TableDraft referenced = tables.get(rs.getLong("confrelid"));
                        List<String> referencedColumns = referenced != null
                                ? names(rs.getArray("confkey"), referenced) : strings(rs.getArray("outside_ref_cols"));
                        table.foreignKeys.add(new ForeignKey(name, columns, target, referencedColumns,
                                action(rs.getString("confdeltype")), action(rs.getString("confupdtype")),
                                deferrable, deferred, "f".equals(rs.getString("confmatchtype")), notValid, comment));
                    }
                }
                default -> throw new IllegalStateException("unexpected constraint type on " + table.name);
            }
        });
    }

    static UnmanagedObject onTable(UnmanagedKind kind, TableDraft table, String object) {
        return onTable(kind, table, object, "");
    }

    static UnmanagedObject onTable(UnmanagedKind kind, TableDraft table, String object, String definition) {
        return new UnmanagedObject(kind, QualifiedName.of(table.name.schema(), table.name.name() + "." + object),
                definition);
    }

    private static List<String> names(Array attnums, TableDraft table) throws SQLException {
        if (attnums == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) attnums.getArray())
                .map(n -> table.columnNames.get(((Number) n).intValue())).toList();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
