package dev.retort.diff.kind.table;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexCopy;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IndexReader reads every secondary index of the managed tables in one query, one row per index column.
 * Indexes that back a primary key, unique or exclusion constraint belong to that constraint and are skipped. A
 * partition's indexes attached to its parent's are read as its {@link IndexCopy index copies}, in a second query.
 */
public final class IndexReader {

    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    // pg_get_indexdef(oid, k, true) prints key part k alone (no opclass, no ordering); for an expression
    // part that is the canonical expression text. int2vector/oidvector subscripts start at 0.
    private static final String INDEXES = CatalogQuery.managedTables()
            + "SELECT i.indrelid, i.indexrelid, ic.relname AS index_name, i.indisunique, am.amname, i.indnkeyatts,"
            + " pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate, %s AS nulls_not_distinct,"
            + " k.pos, a.attname,"
            + " CASE WHEN i.indkey[k.pos - 1] = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.pos, true) END AS expr,"
            + " CASE WHEN k.pos <= i.indnkeyatts THEN i.indoption[k.pos - 1] ELSE 0 END AS options,"
            + " opc.opcname, opc.opcdefault, opcn.nspname AS opc_schema, ic.reloptions, d.description,"
            // a key part's collation other than its column's (an expression part's default is the database's)
            + " CASE WHEN k.pos <= i.indnkeyatts AND i.indcollation[k.pos - 1] <> 0"
            + " AND i.indcollation[k.pos - 1] <> COALESCE(a.attcollation, 100) THEN co.collname END AS collation,"
            + " con.nspname AS collation_schema"
            + " FROM managed m JOIN pg_catalog.pg_index i ON i.indrelid = m.oid"
            + " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
            + " JOIN pg_catalog.pg_am am ON am.oid = ic.relam"
            + " CROSS JOIN LATERAL generate_series(1, i.indnatts) AS k(pos)"
            + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.pos - 1]"
            + " AND i.indkey[k.pos - 1] <> 0"
            + " LEFT JOIN pg_catalog.pg_opclass opc ON k.pos <= i.indnkeyatts AND opc.oid = i.indclass[k.pos - 1]"
            + " LEFT JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace"
            + " LEFT JOIN pg_catalog.pg_collation co ON k.pos <= i.indnkeyatts AND co.oid = i.indcollation[k.pos - 1]"
            + " LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = i.indexrelid"
            + " AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0"
            // an index attached to a partitioned index is the parent index's, on this partition: not modelled here
            + " WHERE NOT ic.relispartition"
            + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid"
            + " AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY i.indrelid, i.indexrelid, k.pos";

    // each partition's part of every index of its parent (keys' included): the attached index, or none where the
    // parent's was built ON ONLY and nothing is attached for this partition yet
    private static final String COPIES = CatalogQuery.managedTables()
            + "SELECT m.oid, pi.relname AS parent_index, ci.relname AS copy"
            + " FROM managed m JOIN pg_catalog.pg_inherits ti ON ti.inhrelid = m.oid"
            + " JOIN pg_catalog.pg_index px ON px.indrelid = ti.inhparent"
            + " JOIN pg_catalog.pg_class pi ON pi.oid = px.indexrelid"
            + " LEFT JOIN (pg_catalog.pg_inherits ii JOIN pg_catalog.pg_index cx ON cx.indexrelid = ii.inhrelid"
            + "  JOIN pg_catalog.pg_class ci ON ci.oid = ii.inhrelid)"
            + " ON ii.inhparent = px.indexrelid AND cx.indrelid = m.oid"
            + " WHERE m.relispartition";

    private IndexReader() {
    }

    public static void read(CatalogQuery catalog, Map<Long, TableDraft> tables) throws SQLException {
        String sql = String.format(INDEXES, catalog.serverVersion() >= 150000 ? "i.indnullsnotdistinct" : "false");
        Pending pending = new Pending();
        catalog.query(sql, rs -> {
            long indexOid = rs.getLong("indexrelid");
            if (pending.oid != indexOid) {
                pending.flush();
                pending.start(indexOid, tables.get(rs.getLong("indrelid")), rs);
            }
            pending.add(rs);
        });
        pending.flush();
        catalog.query(COPIES, rs -> {
            TableDraft table = tables.get(rs.getLong(1));
            if (table != null) {
                table.indexCopies.add(new IndexCopy(rs.getString(2), rs.getString(3)));
            }
        });
    }

    /** The index whose rows are being read; rows of one index arrive together. */
    private static final class Pending {
        long oid = -1;
        TableDraft table;
        String name;
        boolean unique;
        String method;
        int keyColumns;
        String predicate;
        boolean nullsNotDistinct;
        List<String> storageParameters;
        String comment;
        final List<IndexElement> elements = new ArrayList<>();
        final List<String> include = new ArrayList<>();

        void start(long indexOid, TableDraft owner, ResultSet rs) throws SQLException {
            oid = indexOid;
            table = owner;
            name = rs.getString("index_name");
            unique = rs.getBoolean("indisunique");
            method = rs.getString("amname");
            keyColumns = rs.getInt("indnkeyatts");
            predicate = rs.getString("predicate");
            nullsNotDistinct = rs.getBoolean("nulls_not_distinct");
            storageParameters = ConstraintReader.strings(rs.getArray("reloptions"));
            comment = rs.getString("description");
            elements.clear();
            include.clear();
        }

        void add(ResultSet rs) throws SQLException {
            int position = rs.getInt("pos");
            String column = rs.getString("attname");
            if (position > keyColumns) {
                include.add(column);
                return;
            }
            int options = rs.getInt("options");
            boolean descending = (options & DESC) != 0;
            boolean nullsFirst = (options & NULLS_FIRST) != 0;
            String expression = column == null ? rs.getString("expr") : null;
            String collation = rs.getString("collation");
            elements.add(new IndexElement(column, expression, descending, nullsFirst, operatorClass(rs),
                    collation == null ? null : QualifiedName.of(rs.getString("collation_schema"), collation)));
        }

        // Only a non-default operator class is part of the model; outside pg_catalog it is schema-qualified
        // so that the rendered DDL finds it whatever the search_path.
        private static String operatorClass(ResultSet rs) throws SQLException {
            String name = rs.getString("opcname");
            if (name == null || rs.getBoolean("opcdefault")) {
                return null;
            }
            String schema = rs.getString("opc_schema");
            return "pg_catalog".equals(schema) ? name : quote(schema) + "." + quote(name);
        }

        void flush() {
            if (table != null) {
                table.indexes.add(new Index(name, unique, method, elements, include, predicate, nullsNotDistinct,
                        storageParameters, comment));
            }
            table = null;
            oid = -1;
        }
    }

    private static String quote(String identifier) {
        return dev.retort.schema.model.Identifiers.quote(identifier);
    }
}
