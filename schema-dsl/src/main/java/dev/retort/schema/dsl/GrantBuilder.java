package dev.retort.schema.dsl;

import dev.retort.schema.model.Grant;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * GrantBuilder declares privileges on one object for some roles: {@code grant(privileges).on...(object).to(roles)}.
 * Roles must exist on the server (Retort never creates roles; a missing one is an error naming it). Several
 * declarations on one object add up. {@link Namespace#revokeDefault} declares the opposite: a default privilege of
 * PUBLIC taken away ({@code REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC}).
 *
 * <pre>{@code
 * s.grant("SELECT", "INSERT").onTable(users).to("app_user");
 * s.grant("SELECT").onView("active_users").to("reporting");
 * s.grant("UPDATE").onColumns(users, "email", "name").to("support").withGrantOption();
 * s.grant("USAGE").onSequence("users_id_seq").to("app_user");
 * s.grant("USAGE").onSchema("billing").to("PUBLIC");
 * s.grant("EXECUTE").onFunction("add", "integer, integer").to("app_user");
 * s.revokeDefault("EXECUTE").onFunction("purge", "").fromPublic();
 * }</pre>
 */
public final class GrantBuilder implements ObjectDraft {

    // what each kind of object accepts (MAINTAIN is PostgreSQL 17's); views take a table's privileges
    private static final Set<String> RELATION = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES",
            "TRIGGER", "MAINTAIN");
    private static final Map<ObjectKind, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(ObjectKind.TABLE, RELATION),
            Map.entry(ObjectKind.VIEW, RELATION),
            Map.entry(ObjectKind.MATERIALIZED_VIEW, RELATION),
            Map.entry(ObjectKind.COLUMN, Set.of("SELECT", "INSERT", "UPDATE", "REFERENCES")),
            Map.entry(ObjectKind.SEQUENCE, Set.of("USAGE", "SELECT", "UPDATE")),
            Map.entry(ObjectKind.FUNCTION, Set.of("EXECUTE")),
            Map.entry(ObjectKind.PROCEDURE, Set.of("EXECUTE")),
            Map.entry(ObjectKind.SCHEMA, Set.of("USAGE", "CREATE")),
            Map.entry(ObjectKind.TYPE, Set.of("USAGE")),
            Map.entry(ObjectKind.DOMAIN, Set.of("USAGE")),
            Map.entry(ObjectKind.COMPOSITE_TYPE, Set.of("USAGE")),
            Map.entry(ObjectKind.RANGE_TYPE, Set.of("USAGE")));

    private final String schema;
    private final boolean revoke;
    private final List<String> privileges;
    private final List<ObjectId> targets = new ArrayList<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private boolean grantOption;

    GrantBuilder(String schema, boolean revoke, String... privileges) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.revoke = revoke;
        this.privileges = List.of(privileges).stream().map(p -> p.trim().toUpperCase(Locale.ROOT)).toList();
    }

    /** On a table. */
    public GrantBuilder onTable(TableRef table) {
        return on(ObjectId.table(table.name()));
    }

    /** On a table of this namespace, by name. */
    public GrantBuilder onTable(String table) {
        return on(ObjectId.table(QualifiedName.of(schema, table)));
    }

    /** On a view of this namespace, by name. */
    public GrantBuilder onView(String view) {
        return on(ObjectId.of(ObjectKind.VIEW, QualifiedName.of(schema, view)));
    }

    /** On a materialized view of this namespace, by name. */
    public GrantBuilder onMaterializedView(String view) {
        return on(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, QualifiedName.of(schema, view)));
    }

    /**
     * On some columns of a table: {@code GRANT UPDATE (email, name) ON ...}; of a view or materialized view too
     * ({@code onColumns("active_users", "email")}).
     */
    public GrantBuilder onColumns(TableRef table, String... columns) {
        for (String column : columns) {
            on(ObjectId.column(table.name(), column));
        }
        return this;
    }

    /** On some columns of a table (or view) of this namespace, by name. */
    public GrantBuilder onColumns(String table, String... columns) {
        for (String column : columns) {
            on(ObjectId.column(QualifiedName.of(schema, table), column));
        }
        return this;
    }

    /** On a sequence of this namespace. */
    public GrantBuilder onSequence(String sequence) {
        return on(ObjectId.sequence(QualifiedName.of(schema, sequence)));
    }

    /** On a schema. */
    public GrantBuilder onSchema(String name) {
        return on(ObjectId.schema(name));
    }

    /** On a function of this namespace, named with its argument types as PostgreSQL prints them ({@code "integer, text"}). */
    public GrantBuilder onFunction(String name, String argumentTypes) {
        return on(ObjectId.routine(ObjectKind.FUNCTION, QualifiedName.of(schema, name), argumentTypes));
    }

    /** On a procedure of this namespace, named with its argument types. */
    public GrantBuilder onProcedure(String name, String argumentTypes) {
        return on(ObjectId.routine(ObjectKind.PROCEDURE, QualifiedName.of(schema, name), argumentTypes));
    }

    /** On an enum type of this namespace. */
    public GrantBuilder onType(String name) {
        return on(ObjectId.type(QualifiedName.of(schema, name)));
    }

    /** On a domain of this namespace. */
    public GrantBuilder onDomain(String name) {
        return on(ObjectId.of(ObjectKind.DOMAIN, QualifiedName.of(schema, name)));
    }

    /** The roles that receive the privileges; {@code PUBLIC} for every role. */
    public GrantBuilder to(String... roles) {
        for (String role : roles) {
            this.roles.add(role.equalsIgnoreCase(Grant.PUBLIC) ? Grant.PUBLIC : role);
        }
        return this;
    }

    /** For {@link Namespace#revokeDefault}: the default privileges of PUBLIC are taken away. */
    public GrantBuilder fromPublic() {
        this.roles.add(Grant.PUBLIC);
        return this;
    }

    /** WITH GRANT OPTION: the roles may grant the privileges on. */
    public GrantBuilder withGrantOption() {
        this.grantOption = true;
        return this;
    }

    /** On any object by its id, e.g. a composite type: {@code on(ObjectId.of(COMPOSITE_TYPE, name))}. */
    public GrantBuilder on(ObjectId target) {
        targets.add(Objects.requireNonNull(target, "target"));
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        List<SchemaObject> all = toModels(problems);
        return all.isEmpty() ? null : all.get(0);
    }

    @Override
    public List<SchemaObject> toModels(List<String> problems) {
        String label = (revoke ? "revokeDefault(" : "grant(") + String.join(", ", privileges) + ")";
        int before = problems.size();
        if (privileges.isEmpty()) {
            problems.add(label + ": name the privileges, e.g. grant(\"SELECT\", \"INSERT\")");
        }
        if (targets.isEmpty()) {
            problems.add(label + ": on what? add onTable(...), onView(...), onMaterializedView(...), onColumns(...),"
                    + " onSequence(...), onSchema(...),"
                    + " onFunction(...), onProcedure(...), onType(...) or onDomain(...)");
        }
        if (roles.isEmpty()) {
            problems.add(label + (revoke ? ": add fromPublic()" : ": to whom? add to(\"role\") (or to(\"PUBLIC\"))"));
        }
        if (roles.stream().anyMatch(String::isBlank)) {
            problems.add(label + ": an empty role name");
        }
        if (grantOption && roles.contains(Grant.PUBLIC)) {
            problems.add(label + ": PUBLIC cannot get a grant option (grant it to a role)");
        }
        if (revoke && grantOption) {
            problems.add(label + ": withGrantOption() does not go with revokeDefault");
        }
        for (ObjectId target : targets) {
            Set<String> allowed = ALLOWED.get(target.kind());
            if (allowed == null) {
                problems.add(label + ": privileges cannot be granted on " + target);
                continue;
            }
            for (String privilege : privileges) {
                if (privilege.startsWith("ALL")) {
                    problems.add(label + " on " + target + ": name the privileges one by one instead of ALL ("
                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                } else if (!allowed.contains(privilege)) {
                    problems.add(label + " on " + target + ": " + privilege + " does not apply to a "
                            + target.kind().label() + " (it takes " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                }
            }
            if (revoke && !Set.of(ObjectKind.FUNCTION, ObjectKind.PROCEDURE, ObjectKind.TYPE, ObjectKind.DOMAIN,
                    ObjectKind.COMPOSITE_TYPE, ObjectKind.RANGE_TYPE).contains(target.kind())
                    && !target.equals(ObjectId.schema("public"))) {
                problems.add(label + " on " + target + ": PUBLIC has no default privileges there to revoke (only on"
                        + " functions, procedures, types and the public schema)");
            }
        }
        if (problems.size() > before) {
            return List.of();
        }
        List<SchemaObject> out = new ArrayList<>();
        for (ObjectId target : targets) {
            List<Grant> grants = new ArrayList<>();
            for (String role : roles) {
                for (String privilege : privileges) {
                    grants.add(new Grant(role, privilege, grantOption));
                }
            }
            out.add(revoke ? new Privileges(target, List.of(), grants) : new Privileges(target, grants, List.of()));
        }
        return out;
    }
}
