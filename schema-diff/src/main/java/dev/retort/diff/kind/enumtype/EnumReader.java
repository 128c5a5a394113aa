package dev.retort.diff.kind.enumtype;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EnumReader reads the enum types of the inspected schemas, labels in sort order, in one query.
 */
public final class EnumReader {

    private static final String ENUMS = "SELECT n.nspname, t.typname, e.enumlabel, d.description"
            + " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            + " LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = t.oid"
            + " AND d.classoid = 'pg_catalog.pg_type'::regclass AND d.objsubid = 0"
            + " WHERE t.typtype = 'e' AND n.nspname = ANY (?)"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_type'", "t.oid")
            + " ORDER BY n.nspname, t.typname, e.enumsortorder";

    private EnumReader() {
    }

    public static List<EnumType> enums(CatalogQuery catalog) throws SQLException {
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
}
