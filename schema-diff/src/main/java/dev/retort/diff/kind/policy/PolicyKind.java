package dev.retort.diff.kind.policy;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * PolicyKind manages row-level security policies of the managed tables. USING and WITH CHECK are read with
 * {@code pg_get_expr} under the inspector's {@code search_path = pg_catalog}, so they compare as the server prints
 * them. Roles, USING and WITH CHECK change in place ({@code ALTER POLICY}) as long as each expression stays present
 * or absent (ALTER POLICY cannot remove one); the command or PERMISSIVE/RESTRICTIVE needs a drop and a create. In
 * {@code pg_depend} a policy depends on the columns and functions its expressions use.
 */
public final class PolicyKind implements ManagedKind<Policy> {

    private static final String READ = CatalogQuery.managedTables()
            + "SELECT m.nspname, m.relname, pol.polname, CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT'"
            + " WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END, pol.polpermissive,"
            + " ARRAY(SELECT CASE WHEN ro.oid = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(ro.oid)::text END"
            + "  FROM pg_catalog.unnest(pol.polroles) AS ro(oid) ORDER BY 1),"
            + " pg_catalog.pg_get_expr(pol.polqual, pol.polrelid), pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid),"
            + " (SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = pol.oid"
            + "  AND ds.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND ds.objsubid = 0)"
            + " FROM pg_catalog.pg_policy pol JOIN managed m ON m.oid = pol.polrelid ORDER BY 1, 2, 3";

    private static final String DEPENDENCY_OBJECTS = "SELECT 'pg_catalog.pg_policy'::regclass, pol.oid, 0, 'POLICY',"
            + " m.nspname, m.relname, pol.polname FROM pg_catalog.pg_policy pol JOIN managed m ON m.oid = pol.polrelid";

    @Override
    public Class<Policy> type() {
        return Policy.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.POLICY);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (?))";
    }

    @Override
    public List<Policy> read(CatalogQuery catalog) throws SQLException {
        List<Policy> out = new ArrayList<>();
        catalog.query(READ, rs -> out.add(new Policy(QualifiedName.of(rs.getString(1), rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getBoolean(5),
                Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getString(7), rs.getString(8),
                rs.getString(9))));
        return out;
    }

    @Override
    public String dependencyObjects() {
        return DEPENDENCY_OBJECTS;
    }

    // symmetric, so that the inverse is in place too: ALTER POLICY can set an expression but not remove one
    @Override
    public boolean alterable(Policy from, Policy to) {
        return from.command().equals(to.command()) && from.permissive() == to.permissive()
                && (from.using() == null) == (to.using() == null)
                && (from.withCheck() == null) == (to.withCheck() == null);
    }

    @Override
    public List<SqlStatement> create(Policy policy) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(SqlNames.name(policy.name())).append(" ON ")
                .append(SqlNames.name(policy.table()));
        if (!policy.permissive()) {
            sql.append(" AS RESTRICTIVE");
        }
        if (!policy.command().equals("ALL")) {
            sql.append(" FOR ").append(policy.command());
        }
        if (!policy.roles().equals(List.of(Policy.PUBLIC))) {
            sql.append(" TO ").append(roles(policy.roles()));
        }
        if (policy.using() != null) {
            sql.append(" USING (").append(policy.using()).append(")");
        }
        if (policy.withCheck() != null) {
            sql.append(" WITH CHECK (").append(policy.withCheck()).append(")");
        }
        List<SqlStatement> out = new ArrayList<>();
        out.add(hazards(SqlStatement.of(sql.toString()), policy, "is created"));
        if (policy.comment() != null) {
            out.add(comment(policy));
        }
        return out;
    }

    @Override
    public List<SqlStatement> drop(Policy policy) {
        return List.of(hazards(SqlStatement.of("DROP POLICY " + SqlNames.name(policy.name()) + " ON "
                + SqlNames.name(policy.table())), policy, "is dropped"));
    }

    @Override
    public List<SqlStatement> alter(Policy from, Policy to) {
        StringBuilder sql = new StringBuilder();
        if (!from.roles().equals(to.roles())) {
            sql.append(" TO ").append(roles(to.roles()));
        }
        if (!Objects.equals(from.using(), to.using())) {
            sql.append(" USING (").append(to.using()).append(")");
        }
        if (!Objects.equals(from.withCheck(), to.withCheck())) {
            sql.append(" WITH CHECK (").append(to.withCheck()).append(")");
        }
        List<SqlStatement> out = new ArrayList<>();
        if (!sql.isEmpty()) {
            out.add(hazards(SqlStatement.of("ALTER POLICY " + SqlNames.name(to.name()) + " ON "
                    + SqlNames.name(to.table()) + sql), to, "changes"));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to));
        }
        return out;
    }

    @Override
    public int createPhase() {
        return 590;
    }

    @Override
    public int dropPhase() {
        return 12;
    }

    private static String roles(List<String> roles) {
        return String.join(", ", roles.stream().map(r -> r.equals(Policy.PUBLIC) ? "PUBLIC" : SqlNames.name(r)).toList());
    }

    private static SqlStatement hazards(SqlStatement statement, Policy policy, String what) {
        return statement.with(Hazard.AUTHZ_UPDATE, "policy " + policy.name() + " on " + policy.table() + " " + what
                        + ": which rows its roles see or write is different afterwards")
                .with(Hazard.ACCESS_EXCLUSIVE_LOCK, "ACCESS EXCLUSIVE on " + policy.table()
                        + ", briefly: only the catalog changes");
    }

    private static SqlStatement comment(Policy policy) {
        return SqlStatement.of("COMMENT ON POLICY " + SqlNames.name(policy.name()) + " ON "
                        + SqlNames.name(policy.table()) + " IS "
                        + (policy.comment() == null ? "NULL" : SqlNames.literal(policy.comment())))
                .with(Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK, "SHARE UPDATE EXCLUSIVE on " + policy.table() + ", briefly");
    }
}
