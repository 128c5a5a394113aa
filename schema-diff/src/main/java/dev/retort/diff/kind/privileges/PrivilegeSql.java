package dev.retort.diff.kind.privileges;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Grant;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.Privileges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * PrivilegeSql writes the GRANT and REVOKE statements that turn one object's privileges into another state of them:
 * only the differences, one statement per kind of step and grantee. A privilege is in one of three states for a role:
 * not held, held, held with the grant option; one the model does not mention is at its default (held by PUBLIC for
 * the defaults of functions and types, not held otherwise).
 */
final class PrivilegeSql {

    private enum Step {
        // revokes first: REVOKE on a table also takes the same privilege on its columns
        REVOKE("REVOKE %s ON %s FROM %s"),
        REVOKE_GRANT_OPTION("REVOKE GRANT OPTION FOR %s ON %s FROM %s"),
        GRANT("GRANT %s ON %s TO %s"),
        GRANT_WITH_OPTION("GRANT %s ON %s TO %s WITH GRANT OPTION");

        private final String format;

        Step(String format) {
            this.format = format;
        }
    }

    private enum State { NONE, HELD, GRANTABLE }

    private PrivilegeSql() {
    }

    static List<SqlStatement> change(Privileges from, Privileges to) {
        Map<Step, Map<String, TreeSet<String>>> steps = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>();
        for (Privileges p : List.of(from, to)) {
            p.grants().forEach(g -> keys.add(g.grantee() + "\0" + g.privilege()));
            p.revoked().forEach(g -> keys.add(g.grantee() + "\0" + g.privilege()));
        }
        for (String key : keys) {
            String grantee = key.substring(0, key.indexOf('\0'));
            String privilege = key.substring(key.indexOf('\0') + 1);
            Optional<State> before = state(from, grantee, privilege);
            Optional<State> after = state(to, grantee, privilege);
            // a side at its default: held if the other side revokes it, not held if the other side grants it
            State defaultState = (before.isPresent() ? before : after).orElseThrow() == State.NONE ? State.HELD : State.NONE;
            State a = before.orElse(defaultState);
            State b = after.orElse(defaultState);
            Step step = step(a, b);
            if (step != null) {
                steps.computeIfAbsent(step, k -> new TreeMap<>()).computeIfAbsent(grantee, k -> new TreeSet<>()).add(privilege);
            }
        }
        List<SqlStatement> out = new ArrayList<>();
        ObjectId target = to.target();
        steps.forEach((step, byGrantee) -> byGrantee.forEach((grantee, privileges) -> {
            String list = String.join(", ", privileges.stream().map(p -> target.kind() == ObjectKind.COLUMN
                    ? p + " (" + SqlNames.name(target.member()) + ")" : p).toList());
            String sql = String.format(step.format, list, object(target), grantee(grantee));
            out.add(SqlStatement.of(sql).with(Hazard.AUTHZ_UPDATE, describe(step, grantee, list, target)));
        }));
        return out;
    }

    private static Optional<State> state(Privileges p, String grantee, String privilege) {
        for (Grant g : p.grants()) {
            if (g.grantee().equals(grantee) && g.privilege().equals(privilege)) {
                return Optional.of(g.grantOption() ? State.GRANTABLE : State.HELD);
            }
        }
        for (Grant g : p.revoked()) {
            if (g.grantee().equals(grantee) && g.privilege().equals(privilege)) {
                return Optional.of(State.NONE);
            }
        }
        return Optional.empty();
    }

    private static Step step(State from, State to) {
        if (from == to) {
            return null;
        }
        return switch (to) {
            case NONE -> Step.REVOKE;
            case HELD -> from == State.NONE ? Step.GRANT : Step.REVOKE_GRANT_OPTION;
            case GRANTABLE -> Step.GRANT_WITH_OPTION;
        };
    }

    /** The object as GRANT names it: {@code TABLE public.t}, {@code FUNCTION public.f(integer)}, {@code SCHEMA app}. */
    static String object(ObjectId target) {
        return switch (target.kind()) {
            // GRANT ... ON TABLE takes views and materialized views too (and their columns)
            case TABLE, COLUMN, VIEW, MATERIALIZED_VIEW -> "TABLE " + SqlNames.name(target.name());
            case SEQUENCE -> "SEQUENCE " + SqlNames.name(target.name());
            case FUNCTION -> "FUNCTION " + SqlNames.name(target.name()) + "(" + target.member() + ")";
            case PROCEDURE -> "PROCEDURE " + SqlNames.name(target.name()) + "(" + target.member() + ")";
            case SCHEMA -> "SCHEMA " + SqlNames.name(target.name().schema());
            case DOMAIN -> "DOMAIN " + SqlNames.name(target.name());
            case TYPE, COMPOSITE_TYPE, RANGE_TYPE -> "TYPE " + SqlNames.name(target.name());
            default -> throw new IllegalArgumentException("privileges cannot be granted on " + target);
        };
    }

    private static String grantee(String grantee) {
        return grantee.equals(Grant.PUBLIC) ? "PUBLIC" : SqlNames.name(grantee);
    }

    private static String describe(Step step, String grantee, String privileges, ObjectId target) {
        String who = grantee.equals(Grant.PUBLIC) ? "every role (PUBLIC)" : "role " + grantee;
        return switch (step) {
            case GRANT -> who + " may " + privileges + " on " + target + " afterwards";
            case GRANT_WITH_OPTION -> who + " may " + privileges + " on " + target + " and grant it on, afterwards";
            case REVOKE -> who + " may no longer " + privileges + " on " + target;
            case REVOKE_GRANT_OPTION -> who + " may no longer grant " + privileges + " on " + target + " on to others";
        };
    }
}
