package dev.retort.testing.gen;

import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CarriedSpecs follows the object specs of the first schema into the second: the names of the tables and columns they
 * use through the rename hints, then the specs repaired to fit (see {@link ObjectSpecs#valid}).
 */
final class CarriedSpecs {

    private CarriedSpecs() {
    }

    /** The specs of {@code a} for the tables of {@code b}: names followed through the rename hints, then repaired. */
    static List<ObjectSpec> carry(List<ObjectSpec> specs, SchemaModel b) {
        List<ObjectSpec> out = new ArrayList<>();
        for (ObjectSpec s : specs) {
            ObjectSpec moved = moved(s, b);
            if (moved != null) {
                out.add(moved);
            }
        }
        return ObjectSpecs.valid(b, out);
    }

    private static ObjectSpec moved(ObjectSpec s, SchemaModel b) {
        if (s instanceof ViewSpec v) {
            if (v.overView()) {
                return v;
            }
            Table t = table(b, v.source());
            return t == null ? null : new ViewSpec(v.name(), t.name(), false, columns(t, v.columns()),
                    column(t, v.where()), v.securityBarrier(), v.checkOption(), v.comment());
        }
        if (s instanceof MaterializedViewSpec v) {
            Table t = table(b, v.table());
            return t == null ? null : new MaterializedViewSpec(v.name(), t.name(), columns(t, v.columns()),
                    column(t, v.indexColumn()), v.withData(), v.comment());
        }
        if (s instanceof TriggerSpec g) {
            Table t = table(b, g.table());
            return t == null ? null : new TriggerSpec(g.name(), t.name(), g.before(), g.events(), g.row(),
                    column(t, g.when()), g.disabled(), g.comment());
        }
        if (s instanceof DomainSpec d) {
            Table t = d.table() == null ? null : table(b, d.table());
            return new DomainSpec(d.name(), d.text(), d.bound(), d.notNull(), d.withDefault(), t == null ? null : t.name(),
                    d.comment());
        }
        if (s instanceof CompositeSpec c) {
            Table t = c.table() == null ? null : table(b, c.table());
            return new CompositeSpec(c.name(), c.third(), t == null ? null : t.name(), c.comment());
        }
        if (s instanceof RowSecuritySpec r) {
            Table t = table(b, r.table());
            return t == null ? null : new RowSecuritySpec(ObjectSpecs.key(t.name()), t.name(), r.forced());
        }
        if (s instanceof PolicySpec p) {
            Table t = table(b, p.table());
            return t == null ? null : new PolicySpec(p.name(), t.name(), p.command(), p.permissive(), p.roles(),
                    column(t, p.column()), p.comment());
        }
        if (s instanceof ObjectSpec.ExclusionSpec x) {
            Table t = table(b, x.table());
            return t == null ? null : new ObjectSpec.ExclusionSpec(x.name(), t.name(), x.shape(), x.conventional(),
                    x.comment());
        }
        if (s instanceof GrantSpec g) {
            ObjectId target = g.target();
            if (target.kind() == ObjectKind.TABLE || target.kind() == ObjectKind.COLUMN) {
                Table t = table(b, target.name());
                if (t == null) {
                    return null;
                }
                if (target.kind() == ObjectKind.TABLE) {
                    target = ObjectId.table(t.name());
                } else {
                    String c = column(t, target.member());
                    if (c == null) {
                        return null;
                    }
                    target = ObjectId.column(t.name(), c);
                }
            }
            return new GrantSpec(ObjectSpecs.grantKey(target, g.grantee(), g.revoke()), target, g.grantee(), g.privileges(),
                    g.grantOption(), g.revoke());
        }
        return s;
    }

    /** The table of {@code b} that was {@code a} in the first schema: by its rename hint, else by its name. */
    private static Table table(SchemaModel b, QualifiedName a) {
        for (Table t : b.tables()) {
            if (t.renamedFrom() != null && QualifiedName.of(t.name().schema(), t.renamedFrom()).equals(a)) {
                return t;
            }
        }
        return b.table(a).filter(t -> t.renamedFrom() == null).orElse(null);
    }

    private static String column(Table t, String a) {
        if (a == null) {
            return null;
        }
        for (Column c : t.columns()) {
            if (a.equals(c.renamedFrom())) {
                return c.name();
            }
        }
        return t.column(a).filter(c -> c.renamedFrom() == null).map(Column::name).orElse(null);
    }

    private static List<String> columns(Table t, List<String> names) {
        return names.stream().map(n -> column(t, n)).filter(n -> n != null).toList();
    }
}
