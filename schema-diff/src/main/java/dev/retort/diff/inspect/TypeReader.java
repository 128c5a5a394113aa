package dev.retort.diff.inspect;

import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * TypeReader reads enum types (labels in sort order) and sequences, one query each.
 */
final class TypeReader {

    private static final String ENUMS = "SELECT n.nspname, t.typname, e.enumlabel, d.description"
            + " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            + " LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = t.oid"
            + " AND d.classoid = 'pg_catalog.pg_type'::regclass AND d.objsubid = 0"
            + " WHERE t.typtype = 'e' AND n.nspname = ANY (?)"
            + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_type'", "t.oid")
            + " ORDER BY n.nspname, t.typname, e.enumsortorder";

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
            + " AND " + Catalog.notExtensionMember("'pg_catalog.pg_class'", "c.oid")
            + " ORDER BY n.nspname, c.relname";

    private TypeReader() {
    }

    static List<EnumType> enums(Catalog catalog) throws SQLException {
        Map<QualifiedName, List<String>> labels = new LinkedHashMap<>();
        Map<QualifiedName, String> comments = new LinkedHashMap<>();
        catalog.query(ENUMS, rs -> {
            QualifiedName name = QualifiedName.of(rs.getString(1), rs.getString(2));
            List<String> values = labels.computeIfAbsent(name, n -> new ArrayList<>());
            if (rs.getString(3) != null) {
                values.add(rs.getString(3));
            }
            comments.put(name, rs.getString(4));
        });
        List<EnumType> enums = new ArrayList<>();
        labels.forEach((name, values) -> enums.add(new EnumType(name, values, comments.get(name))));
        return enums;
    }

    /**
     * The sequences of the managed schemas; the options of identity sequences go to their columns in {@code tables}
     * instead (the sequence is part of the column).
     */
    static List<Sequence> sequences(Catalog catalog, Map<Long, TableDraft> tables, Consumer<UnmanagedObject> unmanaged)
            throws SQLException {
        Set<Long> managedTables = tables.keySet();
        List<Sequence> sequences = new ArrayList<>();
        catalog.query(SEQUENCES, rs -> {
            if ("i".equals(rs.getString("deptype"))) {
                TableDraft owner = tables.get(rs.getLong("owner_oid"));
                if (owner != null) {
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
                    unmanaged.accept(new UnmanagedObject(UnmanagedKind.SEQUENCE_OF_UNMANAGED, name));
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
