package dev.retort.diff.normalize;

import dev.retort.schema.model.Grant;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.SchemaModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * DeclaredRoles checks that every role a declaration grants to or names in a policy exists on the server, before
 * anything is built: Retort never creates roles (they are cluster-wide, with passwords and memberships of their own),
 * so a missing one is an error naming it and what uses it, rather than a half-built scratch database.
 *
 * <pre>{@code
 * DeclaredRoles.check(connection, declared);   // throws NormalizationException naming "app_user"
 * }</pre>
 */
public final class DeclaredRoles {

    private DeclaredRoles() {
    }

    /** The roles {@code model} names (not PUBLIC), each with the objects that name it. */
    public static Map<String, Set<ObjectId>> used(SchemaModel model) {
        Map<String, Set<ObjectId>> used = new TreeMap<>();
        for (Privileges privileges : model.objects(Privileges.class)) {
            List<Grant> all = new ArrayList<>(privileges.grants());
            all.addAll(privileges.revoked());
            all.stream().map(Grant::grantee).filter(g -> !g.equals(Grant.PUBLIC))
                    .forEach(g -> used.computeIfAbsent(g, k -> new TreeSet<>()).add(privileges.id()));
        }
        for (Policy policy : model.objects(Policy.class)) {
            policy.roles().stream().filter(r -> !r.equals(Policy.PUBLIC))
                    .forEach(r -> used.computeIfAbsent(r, k -> new TreeSet<>()).add(policy.id()));
        }
        return used;
    }

    /** Throws naming every role {@code model} uses that the server behind {@code c} does not have. */
    public static void check(Connection c, SchemaModel model) throws SQLException {
        Map<String, Set<ObjectId>> used = used(model);
        if (used.isEmpty()) {
            return;
        }
        Set<String> missing = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r FROM pg_catalog.unnest(?::text[]) AS r"
                + " WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) ORDER BY 1")) {
            ps.setArray(1, c.createArrayOf("text", used.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.add(rs.getString(1));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String role : missing) {
            lines.add("role \"" + role + "\" does not exist (used by " + String.join(", ",
                    used.get(role).stream().map(ObjectId::toString).toList()) + "); Retort never creates roles:"
                    + " create it first (CREATE ROLE " + role + " NOLOGIN) or remove it from the declaration");
        }
        throw new NormalizationException(String.join("\n", lines), null);
    }
}
