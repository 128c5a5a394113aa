package dev.retort.diff.kind.sequence;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.inspect.UnmanagedObject;
import dev.retort.diff.kind.table.TableDraft;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * SequenceReader reads the sequences of the inspected schemas in one query.
 */
public final class SequenceReader {

    // Sequences behind identity columns (deptype 'i') are part of their column and are skipped; an 'a'
    // dependency on a column is OWNED BY (the serial pattern).
    private static final String SEQUENCES = "SELECT n.nspname, c.relname,"
            + " pg_catalog.format_type(s.seqtypid, NULL) AS data_type, s.seqstart, s.seqincrement, s.seqmin,"
            + " s.seqmax, s.seqcache, s.seqcycle, own.deptype, own.refobjid AS owner_oid,"
            + " ownn.nspname AS owner_schema, ownc.relname AS owner_table, owna.attname AS owner_column,"
            + " d.description"
            + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid"
            + " LEFT JOIN pg_catalog.pg_depend own ON own.classid = 'pg_catalog.pg_class'::regclass"
            + " AND own.objid = c.oid AND own.refclassid = 'pg_catalog.pg_class'::regclass"
            + " AND own.refobjsubid > 0 AND own.deptype IN ('a', 'i')"
            + " LEFT JOIN pg_catalog.pg_class ownc ON ownc.oid = own.refobjid"
            + " LEFT JOIN pg_catalog.pg_namespace ownn ON ownn.oid = ownc.relnamespace"
            + " LEFT JOIN pg_catalog.pg_attribute owna ON owna.attrelid = own.refobjid"
            + " AND owna.attnum = own.refobjsubid"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid"
            + " AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0"
            + " WHERE c.relkind = 'S' AND n.nspname = ANY (?)"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_class'", "c.oid")
            + " ORDER BY n.nspname, c.relname";

    private SequenceReader() {
    }

    /**
     * The sequences of the managed schemas; the options of identity sequences go to their columns in {@code tables}
     * instead (the sequence is part of the column).
     */
    public static List<Sequence> sequences(CatalogQuery catalog, Map<Long, TableDraft> tables, Consumer<UnmanagedObject> unmanaged)
            throws SQLException {
        Set<Long> managedTables = tables.keySet();
        List<Sequence> sequences = new ArrayList<>();
        catalog.query(SEQUENCES, rs -> {
            if ("i".equals(rs.getString("deptype"))) {
                TableDraft owner = tables.get(rs.getLong("owner_oid"));
                if (owner != null) {
                    // a sequence in another schema than its table's is reported by DetailCatalog
                    String column = rs.getString("owner_column");
                    String made = Identifiers.madeName(rs.getString("owner_table"), column, "seq");
                    if (!rs.getString("relname").equals(made) && rs.getString("nspname").equals(rs.getString("owner_schema"))) {
                        owner.identitySequence(column, rs.getString("relname"));
                    }
                    owner.identityOptions(rs.getString("owner_column"), IdentityOptions.of(rs.getString("data_type"),
                            rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"),
                            rs.getLong("seqcache"), rs.getBoolean("seqcycle")));
                }
                return;
            }
            QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("relname"));
            String ownedBy = null;
            if ("a".equals(rs.getString("deptype"))) {
                boolean sameSchema = name.schema().equals(rs.getString("owner_schema"));
                if (!managedTables.contains(rs.getLong("owner_oid")) || !sameSchema) {
                    unmanaged.accept(new UnmanagedObject(UnmanagedKind.SEQUENCE_OF_UNMANAGED, name, "AS "
                            + rs.getString("data_type") + " INCREMENT " + rs.getLong("seqincrement") + " MINVALUE "
                            + rs.getLong("seqmin") + " MAXVALUE " + rs.getLong("seqmax") + " START "
                            + rs.getLong("seqstart") + " CACHE " + rs.getLong("seqcache")
                            + (rs.getBoolean("seqcycle") ? " CYCLE" : "") + " OWNED BY " + rs.getString("owner_schema")
                            + "." + rs.getString("owner_table") + "." + rs.getString("owner_column")));
                    return;
                }
                ownedBy = rs.getString("owner_table") + "." + rs.getString("owner_column");
            }
            sequences.add(new Sequence(name, rs.getString("data_type"), rs.getLong("seqstart"),
                    rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"), rs.getLong("seqcache"),
                    rs.getBoolean("seqcycle"), ownedBy, rs.getString("description")));
        });
        return sequences;
    }
}
