package dev.retort.diff.kind.composite;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.kind.domain.CatalogTypes;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CompositeTypeKind manages standalone composite types ({@code CREATE TYPE ... AS (...)}): attributes in order with
 * types and collations, and the comment. Attributes are added at the end, dropped at the end and retyped in place
 * ({@code ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE}); any other reordering drops and creates the type, because
 * the downgrade could not put the attributes back in their order in place. In {@code pg_depend} a composite type is
 * its type, its array type, its relation and the relation's attributes (which depend on the attributes' types).
 */
public final class CompositeTypeKind implements ManagedKind<CompositeType> {

    private static final String READ = "SELECT n.nspname, c.relname, a.attname, "
            + CatalogTypes.select("x", "a.atttypid", "a.atttypmod")
            + ", CASE WHEN a.attcollation <> xt.typcollation THEN co.collname END AS collation,"
            + " con.nspname AS collation_schema, pg_catalog.obj_description(t.oid, 'pg_type') AS description"
            + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_catalog.pg_type t ON t.typrelid = c.oid"
            + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + CatalogTypes.joins("x", "a.atttypid")
            + " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
            + " LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace"
            + " WHERE c.relkind = 'c' AND n.nspname = ANY (?)"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_type'", "t.oid")
            + " ORDER BY n.nspname, c.relname, a.attnum";

    private static final String OBJECTS = "SELECT 'pg_catalog.pg_type'::regclass, t.oid, 0, 'COMPOSITE_TYPE', n.nspname,"
            + " c.relname, NULL::name FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_catalog.pg_type ct ON ct.typrelid = c.oid"
            + " JOIN pg_catalog.pg_type t ON t.oid = ct.oid OR t.oid = ct.typarray"
            + " WHERE c.relkind = 'c' AND n.nspname = ANY (?)"
            + " UNION ALL SELECT 'pg_catalog.pg_class'::regclass, c.oid, a.attnum::integer, 'COMPOSITE_TYPE',"
            + " n.nspname, c.relname, NULL::name FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
            + " WHERE c.relkind = 'c' AND n.nspname = ANY (?)"
            + " UNION ALL SELECT 'pg_catalog.pg_class'::regclass, c.oid, 0, 'COMPOSITE_TYPE', n.nspname, c.relname, NULL::name"
            + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind = 'c' AND n.nspname = ANY (?)";

    @Override
    public Class<CompositeType> type() {
        return CompositeType.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.COMPOSITE_TYPE);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ANY (?) AND c.relkind = 'c')";
    }

    @Override
    public List<CompositeType> read(CatalogQuery catalog) throws SQLException {
        Map<QualifiedName, List<CompositeAttribute>> attributes = new LinkedHashMap<>();
        Map<QualifiedName, String> comments = new LinkedHashMap<>();
        catalog.query(READ, rs -> {
            QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("relname"));
            List<CompositeAttribute> list = attributes.computeIfAbsent(name, n -> new ArrayList<>());
            comments.put(name, rs.getString("description"));
            if (rs.getString("attname") != null) {
                list.add(new CompositeAttribute(rs.getString("attname"), CatalogTypes.read(rs, "x"),
                        CatalogTypes.collation(rs.getString("collation_schema"), rs.getString("collation"))));
            }
        });
        List<CompositeType> out = new ArrayList<>();
        attributes.forEach((name, list) -> out.add(new CompositeType(name, list, comments.get(name))));
        return out;
    }

    @Override
    public String dependencyObjects() {
        return OBJECTS;
    }

    /**
     * In place when both directions are: the attributes both sides have come first in the same order, then those of
     * one side only (so that the downgrade's ADD ATTRIBUTE puts them back where they were).
     */
    @Override
    public boolean alterable(CompositeType from, CompositeType to) {
        return CompositeTypeSql.inPlace(from, to) && CompositeTypeSql.inPlace(to, from);
    }

    @Override
    public List<SqlStatement> create(CompositeType type) {
        return CompositeTypeSql.create(type);
    }

    @Override
    public List<SqlStatement> drop(CompositeType type) {
        return List.of(SqlStatement.of("DROP TYPE " + dev.retort.diff.render.SqlNames.name(type.name())));
    }

    @Override
    public List<SqlStatement> alter(CompositeType from, CompositeType to) {
        return CompositeTypeSql.alter(from, to);
    }

    // after domains and range types (its attributes may be of them), before the tables that use it
    @Override
    public int createPhase() {
        return 114;
    }

    // before domains and range types that its attributes use
    @Override
    public int dropPhase() {
        return 64;
    }

    @Override
    public int alterPhase() {
        return 250;
    }
}
