package dev.retort.schema.dsl;

import dev.retort.schema.model.Policy;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * PolicyBuilder declares a row-level security policy of a table: for every command unless {@link #forCommand}
 * narrows it, PERMISSIVE unless {@link #restrictive()}, for PUBLIC unless {@link #to} names roles (which must exist:
 * Retort never creates roles). The expressions are SQL as you would write them in {@code CREATE POLICY}; they are
 * compared as the server prints them.
 *
 * <pre>{@code
 * s.policy("tenant_isolation", documents)
 *         .to("app_user")
 *         .using("tenant_id = current_setting('app.tenant')::int")
 *         .withCheck("tenant_id = current_setting('app.tenant')::int");
 * }</pre>
 */
public final class PolicyBuilder implements ObjectDraft {

    private final String name;
    private final QualifiedName table;
    private String command = "ALL";
    private boolean permissive = true;
    private final List<String> roles = new ArrayList<>();
    private String using;
    private String withCheck;
    private String comment;

    PolicyBuilder(String name, QualifiedName table) {
        this.name = Objects.requireNonNull(name, "name");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The command it covers: ALL (the default), SELECT, INSERT, UPDATE or DELETE. */
    public PolicyBuilder forCommand(String command) {
        this.command = Objects.requireNonNull(command, "command").trim().toUpperCase(Locale.ROOT);
        return this;
    }

    /** AS RESTRICTIVE: rows must pass it as well as one permissive policy. */
    public PolicyBuilder restrictive() {
        this.permissive = false;
        return this;
    }

    /** The roles it applies to (PUBLIC when none is named); each role must exist on the server. */
    public PolicyBuilder to(String... roles) {
        for (String role : roles) {
            this.roles.add(role.equalsIgnoreCase(Policy.PUBLIC) ? Policy.PUBLIC : role);
        }
        return this;
    }

    /** USING: which existing rows the policy lets through. */
    public PolicyBuilder using(String expression) {
        this.using = expression;
        return this;
    }

    /** WITH CHECK: which new or updated rows the policy accepts. */
    public PolicyBuilder withCheck(String expression) {
        this.withCheck = expression;
        return this;
    }

    /** A comment on the policy. */
    public PolicyBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        String label = "policy " + name + " on table " + table;
        int before = problems.size();
        if (name.isBlank()) {
            problems.add("policy on table " + table + ": the name is empty");
        }
        if (!Policy.COMMANDS.contains(command)) {
            problems.add(label + ": unknown command \"" + command + "\" (use ALL, SELECT, INSERT, UPDATE or DELETE)");
        }
        if (using != null && using.isBlank() || withCheck != null && withCheck.isBlank()) {
            problems.add(label + ": an empty expression (leave using(...) or withCheck(...) out instead)");
        }
        if (withCheck != null && (command.equals("SELECT") || command.equals("DELETE"))) {
            problems.add(label + ": a " + command + " policy has no WITH CHECK (only USING applies to it)");
        }
        if (using != null && command.equals("INSERT")) {
            problems.add(label + ": an INSERT policy has no USING (use withCheck(...) for new rows)");
        }
        if (roles.stream().anyMatch(r -> r.isBlank())) {
            problems.add(label + ": an empty role name in to(...)");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Policy(table, name, command, permissive, List.copyOf(roles), using, withCheck, comment);
    }
}
