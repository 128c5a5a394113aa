package dev.retort.testing.catalog;

import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;
import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.Grant;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.MaterializedViewIndex;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RangeType;
import dev.retort.schema.model.RowSecurity;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;
import dev.retort.schema.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.retort.testing.catalog.ReferenceDdl.literal;
import static dev.retort.testing.catalog.ReferenceDdl.q;
import static dev.retort.testing.catalog.ReferenceDdl.type;

/**
 * ReferenceObjects writes, for {@link ReferenceDdl}, the statements of the objects beside the tables from the
 * declared records alone: the user types before the tables, and views, materialized views, triggers, row-level
 * security, policies and privileges after them (and exclusion constraints, which are objects of their own).
 */
final class ReferenceObjects {

    private ReferenceObjects() {
    }

    /** Domains, composite and range types (over built-in types only, as generated). */
    static List<String> types(SchemaModel m) {
        List<String> out = new ArrayList<>();
        for (Domain d : m.objects(Domain.class)) {
            StringBuilder b = new StringBuilder("CREATE DOMAIN ").append(q(d.name())).append(" AS ").append(type(d.baseType()));
            if (d.defaultExpression() != null) {
                b.append(" DEFAULT ").append(d.defaultExpression());
            }
            if (d.notNull()) {
                b.append(" NOT NULL");
            }
            for (DomainCheck c : d.checks()) {
                b.append(" CONSTRAINT ").append(q(c.name())).append(" CHECK (").append(c.expression()).append(')');
            }
            out.add(b.toString());
            comment(out, "DOMAIN " + q(d.name()), d.comment());
        }
        for (CompositeType c : m.objects(CompositeType.class)) {
            out.add("CREATE TYPE " + q(c.name()) + " AS (" + c.attributes().stream()
                    .map(ReferenceObjects::attribute).collect(Collectors.joining(", ")) + ")");
            comment(out, "TYPE " + q(c.name()), c.comment());
        }
        for (RangeType r : m.objects(RangeType.class)) {
            out.add("CREATE TYPE " + q(r.name()) + " AS RANGE (SUBTYPE = " + type(r.subtype()) + ")");
            comment(out, "TYPE " + q(r.name()), r.comment());
        }
        return out;
    }

    private static String attribute(CompositeAttribute a) {
        return q(a.name()) + " " + type(a.type());
    }

    /** Views (each after the views it reads), materialized views, triggers, security and privileges. */
    static List<String> afterTables(SchemaModel m) {
        List<String> out = new ArrayList<>();
        for (ExclusionConstraint x : m.objects(ExclusionConstraint.class)) {
            out.add("ALTER TABLE " + q(x.table()) + " ADD CONSTRAINT " + q(x.name()) + " " + x.definition());
            comment(out, "CONSTRAINT " + q(x.name()) + " ON " + q(x.table()), x.comment());
        }
        List<View> pending = new ArrayList<>(m.objects(View.class));
        while (!pending.isEmpty()) {
            View next = pending.stream().filter(v -> pending.stream().noneMatch(o -> o != v
                    && v.query().contains(" FROM " + q(o.name())))).findFirst().orElse(pending.get(0));
            pending.remove(next);
            out.add("CREATE VIEW " + q(next.name()) + (next.securityBarrier() ? " WITH (security_barrier)" : "") + " AS "
                    + next.query() + (next.checkOption() == CheckOption.NONE ? ""
                    : " WITH " + next.checkOption().name() + " CHECK OPTION"));
            comment(out, "VIEW " + q(next.name()), next.comment());
        }
        for (MaterializedView v : m.objects(MaterializedView.class)) {
            out.add("CREATE MATERIALIZED VIEW " + q(v.name()) + " AS " + v.query() + (v.withData() ? " WITH DATA" : " WITH NO DATA"));
            for (MaterializedViewIndex ix : v.indexes()) {
                out.add("CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + q(ix.name()) + " ON " + q(v.name()) + " "
                        + ix.definition());
            }
            comment(out, "MATERIALIZED VIEW " + q(v.name()), v.comment());
        }
        for (Trigger t : m.objects(Trigger.class)) {
            out.add(t.definition());
            if (t.enabled() != TriggerEnabled.ORIGIN) {
                out.add("ALTER TABLE " + q(t.table()) + " " + t.enabled().sql() + " TRIGGER " + q(t.name()));
            }
            comment(out, "TRIGGER " + q(t.name()) + " ON " + q(t.table()), t.comment());
        }
        for (RowSecurity r : m.objects(RowSecurity.class)) {
            if (r.enabled()) {
                out.add("ALTER TABLE " + q(r.table()) + " ENABLE ROW LEVEL SECURITY");
            }
            if (r.forced()) {
                out.add("ALTER TABLE " + q(r.table()) + " FORCE ROW LEVEL SECURITY");
            }
        }
        for (Policy p : m.objects(Policy.class)) {
            out.add("CREATE POLICY " + q(p.name()) + " ON " + q(p.table()) + (p.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE")
                    + " FOR " + p.command() + " TO " + p.roles().stream().map(r -> r.equals(Policy.PUBLIC) ? r : q(r))
                    .collect(Collectors.joining(", "))
                    + (p.using() == null ? "" : " USING (" + p.using() + ")")
                    + (p.withCheck() == null ? "" : " WITH CHECK (" + p.withCheck() + ")"));
            comment(out, "POLICY " + q(p.name()) + " ON " + q(p.table()), p.comment());
        }
        for (Privileges p : m.objects(Privileges.class)) {
            ObjectId target = p.target();
            for (Grant g : p.grants()) {
                out.add("GRANT " + privilege(g, target) + " ON " + object(target) + " TO " + grantee(g)
                        + (g.grantOption() ? " WITH GRANT OPTION" : ""));
            }
            for (Grant g : p.revoked()) {
                out.add("REVOKE " + privilege(g, target) + " ON " + object(target) + " FROM " + grantee(g));
            }
        }
        return out;
    }

    private static String privilege(Grant g, ObjectId target) {
        return g.privilege() + (target.kind() == dev.retort.schema.model.ObjectKind.COLUMN ? " (" + q(target.member()) + ")" : "");
    }

    private static String grantee(Grant g) {
        return g.grantee().equals(Grant.PUBLIC) ? "PUBLIC" : q(g.grantee());
    }

    private static String object(ObjectId target) {
        QualifiedName n = target.name();
        return switch (target.kind()) {
            case TABLE, COLUMN, VIEW, MATERIALIZED_VIEW -> "TABLE " + q(n);
            case SEQUENCE -> "SEQUENCE " + q(n);
            case SCHEMA -> "SCHEMA " + q(n.schema());
            case FUNCTION -> "FUNCTION " + q(n) + "(" + target.member() + ")";
            case DOMAIN -> "DOMAIN " + q(n);
            default -> "TYPE " + q(n);
        };
    }

    private static void comment(List<String> out, String on, String comment) {
        if (comment != null) {
            out.add("COMMENT ON " + on + " IS " + literal(comment));
        }
    }
}
