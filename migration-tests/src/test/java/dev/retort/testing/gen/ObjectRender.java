package dev.retort.testing.gen;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;
import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.Grant;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.MaterializedViewIndex;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RangeType;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.RowSecurity;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;
import dev.retort.schema.model.UserDefinedType;
import dev.retort.schema.model.View;
import dev.retort.testing.gen.ObjectSpec.CompositeSpec;
import dev.retort.testing.gen.ObjectSpec.DomainSpec;
import dev.retort.testing.gen.ObjectSpec.GrantSpec;
import dev.retort.testing.gen.ObjectSpec.MaterializedViewSpec;
import dev.retort.testing.gen.ObjectSpec.PolicySpec;
import dev.retort.testing.gen.ObjectSpec.RangeSpec;
import dev.retort.testing.gen.ObjectSpec.RowSecuritySpec;
import dev.retort.testing.gen.ObjectSpec.TriggerSpec;
import dev.retort.testing.gen.ObjectSpec.ViewSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ObjectRender writes the declarations of {@link ObjectSpec}s into a model, as the DSL would declare them: views
 * by their query, triggers by their CREATE TRIGGER, policies by their expressions, grants per object; the columns of
 * domain and composite types are added to their tables.
 */
final class ObjectRender {

    /** The trigger function every generated trigger runs. */
    static final QualifiedName TRIGGER_FUNCTION = QualifiedName.of("public", "gx_trg");
    static final ObjectId TRIGGER_FUNCTION_ID = ObjectId.routine(ObjectKind.FUNCTION, TRIGGER_FUNCTION, "");

    private ObjectRender() {
    }

    /** The id of the schema object a spec declares (a view, a type); null for table members and grants. */
    static ObjectId id(ObjectSpec s) {
        QualifiedName name = ObjectSpecs.name(s);
        if (s instanceof ViewSpec) {
            return ObjectId.of(ObjectKind.VIEW, name);
        }
        if (s instanceof MaterializedViewSpec) {
            return ObjectId.of(ObjectKind.MATERIALIZED_VIEW, name);
        }
        if (s instanceof DomainSpec) {
            return ObjectId.of(ObjectKind.DOMAIN, name);
        }
        if (s instanceof CompositeSpec) {
            return ObjectId.of(ObjectKind.COMPOSITE_TYPE, name);
        }
        if (s instanceof RangeSpec) {
            return ObjectId.of(ObjectKind.RANGE_TYPE, name);
        }
        return null;
    }

    /** {@code m} with the objects of {@code specs} (and the columns of their types) added. */
    static SchemaModel render(SchemaModel m, List<ObjectSpec> specs) {
        List<SchemaObject> objects = new ArrayList<>(m.objects());
        Map<ObjectId, List<Grant>> grants = new LinkedHashMap<>();
        Map<ObjectId, List<Grant>> revoked = new LinkedHashMap<>();
        SchemaModel out = m;
        for (ObjectSpec s : specs) {
            if (s instanceof ViewSpec v) {
                objects.add(new View(ObjectSpecs.name(v), query(v.columns(), v.source(), v.where()), List.of(),
                        v.securityBarrier(), false, v.checkOption(), v.comment(), Map.of()));
            } else if (s instanceof MaterializedViewSpec v) {
                List<MaterializedViewIndex> indexes = v.indexColumn() == null ? List.of()
                        : List.of(new MaterializedViewIndex(v.name() + "_i", false, "(" + q(v.indexColumn()) + ")"));
                objects.add(new MaterializedView(ObjectSpecs.name(v), query(v.columns(), v.table(), null), List.of(),
                        v.withData(), indexes, v.comment(), Map.of()));
            } else if (s instanceof TriggerSpec g) {
                objects.add(trigger(g));
            } else if (s instanceof DomainSpec d) {
                String check = d.text() ? "length(VALUE) <= " + d.bound() : "VALUE >= " + (-d.bound());
                objects.add(new Domain(ObjectSpecs.name(d), new BuiltinType(d.text() ? "text" : "integer"),
                        d.withDefault() ? (d.text() ? "'x'" : "0") : null, d.notNull(), null,
                        List.of(new DomainCheck(d.name() + "_check", check, false)), d.comment()));
                out = withColumn(out, d.table(), "gx_col_" + d.name(), ObjectSpecs.name(d));
            } else if (s instanceof CompositeSpec c) {
                List<CompositeAttribute> attributes = new ArrayList<>(List.of(
                        new CompositeAttribute("a", new BuiltinType("integer")),
                        new CompositeAttribute("b", new BuiltinType("text"))));
                if (c.third()) {
                    attributes.add(new CompositeAttribute("c", new BuiltinType("boolean")));
                }
                objects.add(new CompositeType(ObjectSpecs.name(c), attributes, c.comment()));
                out = withColumn(out, c.table(), "gx_col_" + c.name(), ObjectSpecs.name(c));
            } else if (s instanceof RangeSpec r) {
                objects.add(new RangeType(ObjectSpecs.name(r), new BuiltinType(r.overInteger() ? "integer" : "double precision"),
                        null, null, null, null, null, r.comment()));
            } else if (s instanceof RowSecuritySpec r) {
                objects.add(new RowSecurity(r.table(), true, r.forced()));
            } else if (s instanceof PolicySpec p) {
                objects.add(policy(p));
            } else if (s instanceof ObjectSpec.ExclusionSpec x) {
                ExclusionConstraint made = exclusion(out, x, objects);
                out = withColumns(out, x.table(), exclusionColumns(x));
                objects.add(made);
            } else if (s instanceof ObjectSpec.PartitionedSpec p) {
                List<Table> tables = new ArrayList<>(out.tables());
                tables.addAll(Partitions.tables(p));
                out = out.withTables(tables);
            } else if (s instanceof GrantSpec g) {
                for (String privilege : g.privileges()) {
                    (g.revoke() ? revoked : grants).computeIfAbsent(g.target(), k -> new ArrayList<>())
                            .add(new Grant(g.grantee(), privilege, g.grantOption()));
                }
            }
        }
        if (specs.stream().anyMatch(TriggerSpec.class::isInstance)) {
            objects.add(new Routine(ObjectKind.FUNCTION, TRIGGER_FUNCTION, "", "", "trigger", "plpgsql", false,
                    "CREATE FUNCTION " + q(TRIGGER_FUNCTION) + "() RETURNS trigger LANGUAGE plpgsql\nAS $$BEGIN RETURN NEW; END$$",
                    null));
        }
        List<ObjectId> targets = new ArrayList<>(grants.keySet());
        revoked.keySet().stream().filter(k -> !grants.containsKey(k)).forEach(targets::add);
        for (ObjectId target : targets) {
            objects.add(new Privileges(target, grants.getOrDefault(target, List.of()), revoked.getOrDefault(target, List.of())));
        }
        return out.withObjects(objects);
    }

    // shapes: 0 (c), 1 (r), 2 (c) WHERE, 3 (c, r), 4 (r) DEFERRABLE INITIALLY DEFERRED, 5 (c) INCLUDE (r)
    private static final String[] EXCLUSIONS = {"(%1$s WITH &&)", "(%2$s WITH &&)", "(%1$s WITH &&) WHERE (%1$s IS NOT NULL)",
            "(%1$s WITH &&, %2$s WITH &&)", "(%2$s WITH &&) DEFERRABLE INITIALLY DEFERRED", "(%1$s WITH &&) INCLUDE (%2$s)"};

    /** The circle ({@code c}) and int4range ({@code r}) columns an exclusion spec's constraint uses. */
    private static List<Column> exclusionColumns(ObjectSpec.ExclusionSpec x) {
        int shape = Math.floorMod(x.shape(), EXCLUSIONS.length);
        List<Column> columns = new ArrayList<>();
        if (shape != 1 && shape != 4) {
            columns.add(Column.of(x.name() + "c", new BuiltinType("circle")));
        }
        if (shape != 0 && shape != 2) {
            columns.add(Column.of(x.name() + "r", new BuiltinType("int4range")));
        }
        return columns;
    }

    /**
     * The constraint of an exclusion spec: named after its table (a convention, so that a table rename renames it)
     * unless that name is taken, else by the spec's own name.
     */
    private static ExclusionConstraint exclusion(SchemaModel m, ObjectSpec.ExclusionSpec x, List<SchemaObject> objects) {
        String conventional = Names.fit(x.table().name(), 40) + "_" + x.name();
        java.util.Set<String> taken = ModelEditor.takenNames(m);
        objects.stream().filter(o -> o instanceof ExclusionConstraint).forEach(o -> taken.add(((ExclusionConstraint) o).name()));
        String name = x.conventional() && !taken.contains(conventional) ? conventional : x.name();
        String definition = "EXCLUDE USING gist " + String.format(EXCLUSIONS[Math.floorMod(x.shape(), EXCLUSIONS.length)],
                q(x.name() + "c"), q(x.name() + "r"));
        return new ExclusionConstraint(x.table(), name, definition, x.comment());
    }

    private static SchemaModel withColumns(SchemaModel m, QualifiedName table, List<Column> added) {
        Table t = m.table(table).orElseThrow();
        List<Column> columns = new ArrayList<>(t.columns());
        columns.addAll(added);
        return ModelEditor.replace(m, t.withColumns(columns));
    }

    private static String query(List<String> columns, QualifiedName source, String where) {
        return "SELECT " + columns.stream().map(ModelEditor::q).collect(Collectors.joining(", ")) + " FROM " + q(source)
                + (where == null ? "" : " WHERE (" + q(where) + " IS NOT NULL)");
    }

    private static Trigger trigger(TriggerSpec g) {
        String sql = "CREATE TRIGGER " + q(g.name()) + (g.before() ? " BEFORE " : " AFTER ") + g.events() + " ON "
                + q(g.table()) + (g.row() ? " FOR EACH ROW" : " FOR EACH STATEMENT")
                + (g.when() == null ? "" : " WHEN (NEW." + q(g.when()) + " IS NOT NULL)")
                + " EXECUTE FUNCTION " + q(TRIGGER_FUNCTION) + "()";
        return new Trigger(g.table(), g.name(), sql, false, g.disabled() ? TriggerEnabled.DISABLED : TriggerEnabled.ORIGIN,
                g.comment());
    }

    private static Policy policy(PolicySpec p) {
        String test = p.column() == null ? "true" : "(" + q(p.column()) + " IS NOT NULL)";
        String using = p.command().equals("INSERT") ? null : test;
        String withCheck = p.command().equals("INSERT") || p.command().equals("UPDATE") ? test : null;
        return new Policy(p.table(), p.name(), p.command(), p.permissive(), p.roles(), using, withCheck, p.comment());
    }

    private static SchemaModel withColumn(SchemaModel m, QualifiedName table, String column, QualifiedName type) {
        if (table == null) {
            return m;
        }
        Table t = m.table(table).orElseThrow();
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(Column.of(column, new UserDefinedType(type)));
        return ModelEditor.replace(m, t.withColumns(columns));
    }

    static String q(QualifiedName n) {
        return q(n.schema()) + "." + q(n.name());
    }

    private static String q(String name) {
        return ModelEditor.q(name);
    }
}
