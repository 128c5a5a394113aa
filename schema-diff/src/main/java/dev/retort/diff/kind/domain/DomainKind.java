package dev.retort.diff.kind.domain;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * DomainKind manages domains: base type, default, NOT NULL, collation, named checks (with their NOT VALID state) and
 * comment. Everything but the base type and the collation changes in place ({@code ALTER DOMAIN}); those two need
 * the domain dropped and created again, which PostgreSQL allows only while no column uses it (the differ refuses
 * otherwise, naming the columns). In {@code pg_depend} a domain is its type, its array type and its constraints, so a
 * column of the domain depends on it and a check calling a function makes the domain depend on that function.
 */
public final class DomainKind implements ManagedKind<Domain> {

    private static final String READ = "SELECT n.nspname, t.typname, " + CatalogTypes.select("b", "t.typbasetype", "t.typtypmod")
            // deparsed now (search_path pg_catalog), not typdefault's text from the session that created it
            + ", pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS typdefault, t.typnotnull,"
            + " CASE WHEN t.typcollation <> bt.typcollation THEN co.collname END AS collation,"
            + " con.nspname AS collation_schema, pg_catalog.obj_description(t.oid, 'pg_type') AS description,"
            + " ck.conname, pg_catalog.pg_get_expr(ck.conbin, 0) AS check_expr, NOT ck.convalidated AS not_valid"
            + " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            + CatalogTypes.joins("b", "t.typbasetype")
            + " LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation"
            + " LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace"
            // PostgreSQL 17 also records NOT NULL as a constraint (contype n); typnotnull holds it
            + " LEFT JOIN pg_catalog.pg_constraint ck ON ck.contypid = t.oid AND ck.contype = 'c'"
            + " WHERE t.typtype = 'd' AND n.nspname = ANY (?)"
            + " AND " + CatalogQuery.notExtensionMember("'pg_catalog.pg_type'", "t.oid")
            + " ORDER BY n.nspname, t.typname, ck.conname";

    // the domain's type, its array type, and its constraints (what a check's expression uses is the domain's)
    private static final String OBJECTS = "SELECT 'pg_catalog.pg_type'::regclass, t.oid, 0, 'DOMAIN', n.nspname,"
            + " d.typname, NULL::name FROM pg_catalog.pg_type d JOIN pg_catalog.pg_namespace n ON n.oid = d.typnamespace"
            + " JOIN pg_catalog.pg_type t ON t.oid = d.oid OR t.oid = d.typarray"
            + " WHERE d.typtype = 'd' AND n.nspname = ANY (?)"
            + " UNION ALL SELECT 'pg_catalog.pg_constraint'::regclass, ck.oid, 0, 'DOMAIN', n.nspname, d.typname, NULL::name"
            + " FROM pg_catalog.pg_constraint ck JOIN pg_catalog.pg_type d ON d.oid = ck.contypid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = d.typnamespace WHERE n.nspname = ANY (?)";

    @Override
    public Class<Domain> type() {
        return Domain.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.DOMAIN);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = ANY (?) AND t.typtype = 'd')";
    }

    @Override
    public List<Domain> read(CatalogQuery catalog) throws SQLException {
        Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
        Map<QualifiedName, List<DomainCheck>> checks = new LinkedHashMap<>();
        catalog.query(READ, rs -> {
            QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("typname"));
            if (!domains.containsKey(name)) {
                domains.put(name, new Domain(name, CatalogTypes.read(rs, "b"), rs.getString("typdefault"),
                        rs.getBoolean("typnotnull"), CatalogTypes.collation(rs.getString("collation_schema"),
                        rs.getString("collation")), List.of(), rs.getString("description")));
                checks.put(name, new ArrayList<>());
            }
            if (rs.getString("conname") != null) {
                checks.get(name).add(new DomainCheck(rs.getString("conname"), rs.getString("check_expr"),
                        rs.getBoolean("not_valid")));
            }
        });
        List<Domain> out = new ArrayList<>();
        domains.forEach((name, domain) -> out.add(domain.withChecks(checks.get(name))));
        return out;
    }

    @Override
    public String dependencyObjects() {
        return OBJECTS;
    }

    /** In place unless the base type or the collation changes. */
    @Override
    public boolean alterable(Domain from, Domain to) {
        return from.baseType().equals(to.baseType()) && Objects.equals(from.collation(), to.collation());
    }

    @Override
    public List<SqlStatement> create(Domain domain) {
        return DomainSql.create(domain);
    }

    @Override
    public List<SqlStatement> drop(Domain domain) {
        return List.of(DomainSql.drop(domain));
    }

    @Override
    public List<SqlStatement> alter(Domain from, Domain to) {
        return DomainSql.alter(from, to);
    }

    // after enums (a domain over an enum), before composite types, sequences and tables that use it
    @Override
    public int createPhase() {
        return 112;
    }

    // right after the tables and columns that used it go, so that a recreate drops before it creates
    @Override
    public int dropPhase() {
        return 66;
    }

    // after the columns' own changes (a NOT NULL on the domain checks the values they end with)
    @Override
    public int alterPhase() {
        return 250;
    }
}
