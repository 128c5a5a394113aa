package dev.retort.schema.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Policy is a row-level security policy of a table ({@code CREATE POLICY}): which command it covers, whether it
 * widens (PERMISSIVE) or narrows (RESTRICTIVE) what the other policies allow, the roles it applies to, and its
 * USING and WITH CHECK expressions as the server prints them.
 *
 * <pre>{@code
 * Policy tenant = new Policy(QualifiedName.of("public", "documents"), "tenant_isolation", "ALL", true,
 *         List.of("app_user"), "(tenant_id = (current_setting('app.tenant'::text))::integer)", null, null);
 * tenant.id();   // policy public.documents.tenant_isolation
 * }</pre>
 *
 * @param table      the table it belongs to
 * @param name       its name, unique on the table
 * @param command    ALL, SELECT, INSERT, UPDATE or DELETE
 * @param permissive true for PERMISSIVE (the default), false for RESTRICTIVE
 * @param roles      the roles it applies to, sorted; {@code PUBLIC} for everyone
 * @param using      the USING expression (which existing rows are visible); null for none
 * @param withCheck  the WITH CHECK expression (which new rows are allowed); null for none
 * @param comment    its comment; null for none
 */
public record Policy(QualifiedName table, String name, String command, boolean permissive, List<String> roles,
                     String using, String withCheck, String comment) implements SchemaObject {

    /** The commands a policy can be for. */
    public static final Set<String> COMMANDS = Set.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");

    /** The grantee that stands for every role. */
    public static final String PUBLIC = "PUBLIC";

    public Policy {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        command = Objects.requireNonNull(command, "command").toUpperCase(Locale.ROOT);
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("policy " + name + " on " + table + ": unknown command " + command
                    + " (use one of ALL, SELECT, INSERT, UPDATE, DELETE)");
        }
        roles = roles == null || roles.isEmpty() ? List.of(PUBLIC) : roles.stream().distinct().sorted().toList();
    }

    @Override
    public ObjectId id() {
        return ObjectId.member(ObjectKind.POLICY, table, name);
    }

    /** True when it applies to every role. */
    public boolean toPublic() {
        return roles.contains(PUBLIC);
    }
}
