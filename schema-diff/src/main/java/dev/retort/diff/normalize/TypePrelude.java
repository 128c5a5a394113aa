package dev.retort.diff.normalize;

import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * TypePrelude reads from a live database the definitions of the unmanaged types a model uses (domains and
 * extension types), as statements for {@link Normalizer#withPrelude}, so that a model inspected from that
 * database can be normalized without writing them by hand. One catalog query, whatever the model's size.
 *
 * <pre>{@code
 * SchemaModel live = new PostgresInspector().inspect(c, List.of("public")).model();
 * Normalizer normalizer = new Normalizer(server).withPrelude(TypePrelude.read(c, live));
 * }</pre>
 *
 * <p>Domains become {@code CREATE DOMAIN} with their base type, default, NOT NULL and CHECK constraints;
 * a type that belongs to an extension becomes {@code CREATE EXTENSION IF NOT EXISTS}. A domain over a type
 * the model itself declares (an enum) cannot be created before the model and is refused with its name.
 */
public final class TypePrelude {

    private static final String TYPES = "SELECT n.nspname, t.typname, t.typtype, ext.extname,"
            + " pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull, t.typdefault,"
            + " bn.nspname AS base_schema, bt.typname AS base_name,"
            + " ARRAY(SELECT 'CONSTRAINT ' || pg_catalog.quote_ident(con.conname) || ' '"
            + "  || pg_catalog.pg_get_constraintdef(con.oid) FROM pg_catalog.pg_constraint con"
            + "  WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname) AS checks"
            + " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            + " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype"
            + " LEFT JOIN pg_catalog.pg_namespace bn ON bn.oid = bt.typnamespace"
            + " LEFT JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_type'::regclass"
            + " AND dep.objid = t.oid AND dep.deptype = 'e'"
            + " LEFT JOIN pg_catalog.pg_extension ext ON ext.oid = dep.refobjid"
            + " WHERE (n.nspname, t.typname) IN (SELECT * FROM unnest(?::text[], ?::text[]))"
            + " ORDER BY n.nspname, t.typname";

    private TypePrelude() {
    }

    /**
     * Statements that create, in an empty database, the undeclared types {@code model} uses, as they are in
     * the database behind {@code c}.
     *
     * @throws NormalizationException naming a type that is missing there or cannot be created this way
     */
    public static List<String> read(Connection c, SchemaModel model) {
        Set<QualifiedName> types = ReferencedTypes.undeclared(model).keySet();
        if (types.isEmpty()) {
            return List.of();
        }
        Set<String> statements = new LinkedHashSet<>();
        Set<QualifiedName> found = new LinkedHashSet<>();
        try {
            try (PreparedStatement ps = c.prepareStatement(TYPES)) {
                ps.setArray(1, c.createArrayOf("text", types.stream().map(QualifiedName::schema).toArray()));
                ps.setArray(2, c.createArrayOf("text", types.stream().map(QualifiedName::name).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("typname"));
                        found.add(name);
                        statements.add(statement(rs, name, model));
                    }
                }
            }
        } catch (SQLException e) {
            throw new NormalizationException("could not read the definitions of types " + types + ": "
                    + e.getMessage(), e);
        }
        List<QualifiedName> missing = new ArrayList<>(types);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw new NormalizationException("types " + missing + " are used by the model but do not exist in the"
                    + " database read for the prelude", null);
        }
        return List.copyOf(statements);
    }

    private static String statement(ResultSet rs, QualifiedName name, SchemaModel model) throws SQLException {
        String extension = rs.getString("extname");
        if (extension != null) {
            return "CREATE EXTENSION IF NOT EXISTS " + Identifiers.quote(extension) + " SCHEMA "
                    + Identifiers.quote(name.schema());
        }
        if (!"d".equals(rs.getString("typtype"))) {
            throw new NormalizationException("type " + name + " is neither a domain nor an extension type; create it"
                    + " with Normalizer.withPrelude(...) yourself", null);
        }
        String base = rs.getString("base");
        String baseSchema = rs.getString("base_schema");
        if (!"pg_catalog".equals(baseSchema) && model.enumType(QualifiedName.of(baseSchema, rs.getString("base_name"))).isPresent()) {
            throw new NormalizationException("domain " + name + " is over " + base + ", which the model declares;"
                    + " it cannot be created before the model", null);
        }
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(Identifiers.quote(name)).append(" AS ")
                .append(base);
        if (rs.getString("typdefault") != null) {
            sql.append(" DEFAULT ").append(rs.getString("typdefault"));
        }
        if (rs.getBoolean("typnotnull")) {
            sql.append(" NOT NULL");
        }
        Object[] checks = (Object[]) rs.getArray("checks").getArray();
        for (Object check : checks) {
            sql.append(' ').append(check);
        }
        return sql.toString();
    }
}
