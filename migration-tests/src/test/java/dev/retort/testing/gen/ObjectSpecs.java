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
import dev.retort.testing.gen.ObjectSpec.ExclusionSpec;
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
 * ObjectSpecs interprets {@link ObjectEdit}s against a schema's tables, keeps the specs valid when the tables change
 * (a view loses the columns that are gone, a trigger its WHEN, a grant goes with its target), and follows the rename
 * hints from the first schema of a pair to the second. {@link ObjectRender} turns the specs into model objects.
 */
final class ObjectSpecs {

    /** The roles generated grants and policies name; the database properties create them. */
    static final String READER = "gen_reader";
    static final String WRITER = "gen_writer";

    private static final String[] COMMANDS = {"ALL", "SELECT", "INSERT", "UPDATE", "DELETE"};
    private static final String[] EVENTS = {"INSERT", "UPDATE", "INSERT OR UPDATE", "DELETE"};
    private static final Map<ObjectKind, List<String>> PRIVILEGES = Map.of(
            ObjectKind.TABLE, List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
            ObjectKind.VIEW, List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRIGGER"),
            ObjectKind.MATERIALIZED_VIEW, List.of("SELECT", "REFERENCES"),
            ObjectKind.COLUMN, List.of("SELECT", "INSERT", "UPDATE", "REFERENCES"),
            ObjectKind.SEQUENCE, List.of("USAGE", "SELECT", "UPDATE"),
            ObjectKind.SCHEMA, List.of("USAGE", "CREATE"),
            ObjectKind.FUNCTION, List.of("EXECUTE"),
            ObjectKind.TYPE, List.of("USAGE"),
            ObjectKind.DOMAIN, List.of("USAGE"));

    private ObjectSpecs() {
    }

    /** The specs after {@code edits}, each interpreted against the tables of {@code m}. */
    static List<ObjectSpec> apply(SchemaModel m, List<ObjectSpec> specs, List<ObjectEdit> edits) {
        List<ObjectSpec> out = valid(m, specs);
        for (ObjectEdit e : edits) {
            out = valid(m, apply(m, out, e));
        }
        return out;
    }

    /** The specs that still fit {@code m}, repaired where they can be: gone columns left out, dependents dropped. */
    static List<ObjectSpec> valid(SchemaModel m, List<ObjectSpec> specs) {
        List<ObjectSpec> kept = new ArrayList<>();
        for (ObjectSpec s : specs) {
            ObjectSpec fit = fit(m, kept, s);
            if (fit != null) {
                kept.add(fit);
            }
        }
        return kept;
    }

    private static ObjectSpec fit(SchemaModel m, List<ObjectSpec> kept, ObjectSpec s) {
        if (s instanceof ViewSpec v) {
            List<String> available = sourceColumns(m, kept, v.source(), v.overView());
            if (available == null) {
                return null;
            }
            List<String> columns = v.columns().stream().filter(available::contains).distinct().toList();
            return columns.isEmpty() ? null : new ViewSpec(v.name(), v.source(), v.overView(), columns,
                    available.contains(v.where()) ? v.where() : null, v.securityBarrier(), v.checkOption(), v.comment());
        }
        if (s instanceof MaterializedViewSpec v) {
            Table t = m.table(v.table()).orElse(null);
            if (t == null) {
                return null;
            }
            List<String> columns = v.columns().stream().filter(c -> t.column(c).isPresent()).distinct().toList();
            String index = columns.contains(v.indexColumn()) && Types.isBtree(t.column(v.indexColumn()).orElseThrow().type())
                    ? v.indexColumn() : null;
            return columns.isEmpty() ? null : new MaterializedViewSpec(v.name(), v.table(), columns, index, v.withData(),
                    v.comment());
        }
        if (s instanceof TriggerSpec g) {
            Table t = m.table(g.table()).orElse(null);
            if (t == null) {
                return null;
            }
            return new TriggerSpec(g.name(), g.table(), g.before(), g.events(), g.row(),
                    g.when() != null && t.column(g.when()).filter(c -> c.generatedExpression() == null).isPresent()
                            ? g.when() : null, g.disabled(), g.comment());
        }
        if (s instanceof DomainSpec d) {
            return d.table() == null || m.table(d.table()).isPresent() ? d
                    : new DomainSpec(d.name(), d.text(), d.bound(), d.notNull(), d.withDefault(), null, d.comment());
        }
        if (s instanceof CompositeSpec c) {
            return c.table() == null || m.table(c.table()).isPresent() ? c
                    : new CompositeSpec(c.name(), c.third(), null, c.comment());
        }
        if (s instanceof RowSecuritySpec r) {
            return m.table(r.table()).isPresent() ? r : null;
        }
        if (s instanceof PolicySpec p) {
            Table t = m.table(p.table()).orElse(null);
            if (t == null) {
                return null;
            }
            return new PolicySpec(p.name(), p.table(), p.command(), p.permissive(), p.roles(),
                    p.column() != null && t.column(p.column()).isPresent() ? p.column() : null, p.comment());
        }
        if (s instanceof GrantSpec g) {
            return targetExists(m, kept, g.target()) ? g : null;
        }
        if (s instanceof ExclusionSpec x) {
            return m.table(x.table()).isPresent() ? x : null;
        }
        return s;
    }

    /** The output columns of a view's source, or null when it is gone. */
    private static List<String> sourceColumns(SchemaModel m, List<ObjectSpec> kept, QualifiedName source, boolean overView) {
        if (!overView) {
            return m.table(source).map(t -> t.columns().stream().map(Column::name).toList()).orElse(null);
        }
        return kept.stream().filter(k -> k instanceof ViewSpec v && !v.overView() && name(v).equals(source))
                .map(k -> ((ViewSpec) k).columns()).findFirst().orElse(null);
    }

    private static boolean targetExists(SchemaModel m, List<ObjectSpec> kept, ObjectId target) {
        return switch (target.kind()) {
            case TABLE -> m.table(target.name()).isPresent();
            case COLUMN -> m.table(target.name()).flatMap(t -> t.column(target.member())).isPresent();
            case SEQUENCE -> m.sequence(target.name()).isPresent();
            case SCHEMA -> m.schemas().contains(target.name().schema());
            case TYPE -> m.enumType(target.name()).isPresent();
            case FUNCTION -> target.name().equals(ObjectRender.TRIGGER_FUNCTION)
                    ? kept.stream().anyMatch(TriggerSpec.class::isInstance) : m.object(target).isPresent();
            default -> kept.stream().anyMatch(k -> target.equals(ObjectRender.id(k)));
        };
    }

    static QualifiedName name(ObjectSpec s) {
        return QualifiedName.of("public", s.name());
    }

    static String key(QualifiedName table) {
        return "rls " + table;
    }

    static String grantKey(ObjectId target, String grantee, boolean revoke) {
        return (revoke ? "revoke " : "grant ") + target + " to " + grantee;
    }

    // a new spec for the edit, or null when nothing fits
    private static ObjectSpec make(SchemaModel m, List<ObjectSpec> specs, ObjectEdit e, int kind) {
        String slot = Integer.toString(Math.floorMod(e.slot(), 3));
        Table picked = m.tables().isEmpty() ? null : m.tables().get(Math.floorMod(e.target(), m.tables().size()));
        Table t = picked != null && picked.columns().isEmpty() ? null : picked;
        switch (kind) {
            case 0 -> {
                if (t == null) {
                    return null;
                }
                List<String> columns = pickColumns(t, e, 0, 3);
                return new ViewSpec("gx_v" + slot, t.name(), false, columns,
                        e.pick(3) % 3 == 0 ? pickColumn(t, e.pick(4)) : null, e.pick(5) % 4 == 0,
                        CheckOption.values()[Math.floorMod(e.pick(6), 5) % 3], e.comment());
            }
            case 1 -> {
                List<ViewSpec> sources = specs.stream().filter(s -> s instanceof ViewSpec v && !v.overView())
                        .map(s -> (ViewSpec) s).toList();
                if (sources.isEmpty()) {
                    return null;
                }
                ViewSpec source = sources.get(Math.floorMod(e.target(), sources.size()));
                List<String> columns = new ArrayList<>(new LinkedHashSet<>(List.of(
                        pick(source.columns(), e.pick(0)), pick(source.columns(), e.pick(1)))));
                return new ViewSpec("gx_w" + slot, name(source), true, columns,
                        e.pick(3) % 3 == 0 ? pick(source.columns(), e.pick(4)) : null, e.pick(5) % 4 == 0,
                        CheckOption.values()[Math.floorMod(e.pick(6), 5) % 3], e.comment());
            }
            case 2 -> {
                if (t == null) {
                    return null;
                }
                List<String> columns = pickColumns(t, e, 0, 3);
                String index = e.pick(3) % 3 == 0 ? null : columns.stream()
                        .filter(c -> Types.isBtree(t.column(c).orElseThrow().type())).findFirst().orElse(null);
                return new MaterializedViewSpec("gx_m" + slot, t.name(), columns, index, e.pick(4) % 4 != 0, e.comment());
            }
            case 3 -> {
                if (t == null) {
                    return null;
                }
                boolean row = e.pick(1) % 3 != 0;
                String events = EVENTS[Math.floorMod(e.pick(2), EVENTS.length)];
                String when = row && !events.equals("DELETE") && e.pick(3) % 2 == 0 ? pickColumn(t, e.pick(4)) : null;
                return new TriggerSpec("gx_t" + slot, t.name(), e.pick(0) % 2 == 0, events, row, when, e.pick(5) % 4 == 0,
                        e.comment());
            }
            case 4 -> {
                // a domain keeps its base type: retyping a domain that columns use is refused on purpose
                boolean text = specs.stream().filter(s -> s instanceof DomainSpec d && d.name().equals("gx_d" + slot))
                        .map(s -> ((DomainSpec) s).text()).findFirst().orElse(e.pick(0) % 2 == 0);
                return new DomainSpec("gx_d" + slot, text, 1 + Math.floorMod(e.pick(1), 100), e.pick(2) % 5 == 0,
                        e.pick(3) % 3 == 0, t != null && e.pick(4) % 3 != 0 ? t.name() : null, e.comment());
            }
            case 5 -> {
                return new CompositeSpec("gx_c" + slot, e.pick(0) % 2 == 0, t != null && e.pick(1) % 2 == 0 ? t.name() : null,
                        e.comment());
            }
            case 6 -> {
                boolean integer = specs.stream().filter(s -> s instanceof RangeSpec r && r.name().equals("gx_r" + slot))
                        .map(s -> ((RangeSpec) s).overInteger()).findFirst().orElse(e.pick(0) % 2 == 0);
                return new RangeSpec("gx_r" + slot, integer, e.comment());
            }
            case 7 -> {
                if (t == null) {
                    return null;
                }
                List<String> roles = switch (Math.floorMod(e.pick(2), 4)) {
                    case 0 -> List.of();
                    case 1 -> List.of(READER);
                    case 2 -> List.of(WRITER);
                    default -> List.of(READER, WRITER);
                };
                return new PolicySpec("gx_p" + slot, t.name(), COMMANDS[Math.floorMod(e.pick(0), COMMANDS.length)],
                        e.pick(1) % 3 != 0, roles, e.pick(3) % 2 == 0 ? pickColumn(t, e.pick(4)) : null, e.comment());
            }
            case 8 -> {
                return t == null ? null : new RowSecuritySpec(key(t.name()), t.name(), e.pick(0) % 3 == 0);
            }
            case 9 -> {
                // a kind of target first, so that the few views and functions are as likely as the many columns
                List<ObjectId> all = grantTargets(m, specs);
                List<ObjectKind> kinds = all.stream().map(ObjectId::kind).distinct().toList();
                ObjectKind targetKind = pick(kinds, e.pick(4));
                List<ObjectId> targets = all.stream().filter(x -> x.kind() == targetKind).toList();
                ObjectId target = targets.get(Math.floorMod(e.target(), targets.size()));
                boolean publicAllowed = List.of(ObjectKind.TABLE, ObjectKind.COLUMN, ObjectKind.VIEW,
                        ObjectKind.MATERIALIZED_VIEW, ObjectKind.SEQUENCE).contains(target.kind())
                        || target.kind() == ObjectKind.SCHEMA && !target.name().schema().equals("public");
                String[] grantees = publicAllowed ? new String[] {"PUBLIC", READER, WRITER} : new String[] {READER, WRITER};
                String grantee = grantees[Math.floorMod(e.pick(0), grantees.length)];
                List<String> allowed = PRIVILEGES.get(target.kind());
                List<String> privileges = new ArrayList<>(new LinkedHashSet<>(List.of(pick(allowed, e.pick(1)),
                        pick(allowed, e.pick(2)))));
                return new GrantSpec(grantKey(target, grantee, false), target, grantee, privileges,
                        !grantee.equals("PUBLIC") && e.pick(3) % 3 == 0, false);
            }
            case 12 -> {
                // an exclusion constraint; one that exists is changed on its table half the time, else moved
                // (half the time one that exists rather than the slot's, so that drops and changes are not rare)
                List<ExclusionSpec> existing = specs.stream().filter(ExclusionSpec.class::isInstance)
                        .map(s -> (ExclusionSpec) s).toList();
                String name = !existing.isEmpty() && e.pick(5) % 2 == 0 ? pick(existing, e.pick(4)).name() : "gx_x" + slot;
                ExclusionSpec same = existing.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                QualifiedName table = same != null && e.pick(3) % 3 != 2 ? same.table() : t == null ? null : t.name();
                // a replaced one gets another definition under the same name, but for one time in four (then maybe
                // another name, or comment)
                boolean redefined = same != null && e.pick(2) % 4 != 3;
                int shape = redefined ? (same.shape() + 1 + Math.floorMod(e.pick(0), 5)) % 6 : Math.floorMod(e.pick(0), 6);
                boolean conventional = redefined ? same.conventional() : e.pick(1) % 2 == 0;
                return table == null ? null : new ExclusionSpec(name, table, shape, conventional, e.comment());
            }
            case 11 -> {
                // three times in four an edit of a family that exists, rather than a new one
                List<ObjectSpec.PartitionedSpec> families = specs.stream().filter(ObjectSpec.PartitionedSpec.class::isInstance)
                        .map(x -> (ObjectSpec.PartitionedSpec) x).toList();
                int family = !families.isEmpty() && e.pick(5) % 4 != 0
                        ? pick(families, e.target()).strategy() : Math.floorMod(e.slot(), 3);
                return Partitions.edit(specs, "gx_pt" + family, family, e);
            }
            default -> {
                List<ObjectId> targets = grantTargets(m, specs).stream().filter(x -> x.kind() == ObjectKind.FUNCTION
                        || x.kind() == ObjectKind.TYPE || x.kind() == ObjectKind.DOMAIN).toList();
                if (targets.isEmpty()) {
                    return null;
                }
                ObjectId target = targets.get(Math.floorMod(e.target(), targets.size()));
                return new GrantSpec(grantKey(target, "PUBLIC", true), target, "PUBLIC",
                        PRIVILEGES.get(target.kind()), false, true);
            }
        }
    }

    /** The specs with {@code edit} applied: a new name is added; an existing one dropped or replaced. */
    private static List<ObjectSpec> apply(SchemaModel m, List<ObjectSpec> specs, ObjectEdit edit) {
        ObjectSpec made = make(m, specs, edit, Math.floorMod(edit.kind(), ObjectEdit.KINDS));
        List<ObjectSpec> out = new ArrayList<>(specs);
        if (made == null) {
            return out;
        }
        Optional<ObjectSpec> existing = specs.stream().filter(s -> s.getClass() == made.getClass()
                && s.name().equals(made.name())).findFirst();
        if (existing.isPresent()) {
            int at = out.indexOf(existing.get());
            // a partitioned table is dropped as a whole one time in three, otherwise changed
            if (edit.flag() && (!(made instanceof ObjectSpec.PartitionedSpec) || edit.pick(5) % 3 == 0)) {
                out.remove(at);
            } else {
                out.set(at, made);
            }
        } else {
            out.add(made);
        }
        return out;
    }

    private static List<ObjectId> grantTargets(SchemaModel m, List<ObjectSpec> specs) {
        List<ObjectId> out = new ArrayList<>();
        m.schemas().forEach(s -> out.add(ObjectId.schema(s)));
        for (Table t : m.tables()) {
            out.add(ObjectId.table(t.name()));
            t.columns().stream().limit(2).forEach(c -> out.add(ObjectId.column(t.name(), c.name())));
        }
        m.sequences().forEach(s -> out.add(ObjectId.sequence(s.name())));
        m.enums().forEach(e -> out.add(ObjectId.type(e.name())));
        m.objects(Routine.class).forEach(r -> out.add(r.id()));
        for (ObjectSpec s : specs) {
            if (s instanceof ViewSpec || s instanceof MaterializedViewSpec || s instanceof DomainSpec) {
                out.add(ObjectRender.id(s));
            }
            if (s instanceof TriggerSpec && !out.contains(ObjectRender.TRIGGER_FUNCTION_ID)) {
                out.add(ObjectRender.TRIGGER_FUNCTION_ID);
            }
        }
        return out;
    }

    private static List<String> pickColumns(Table t, ObjectEdit e, int from, int count) {
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        for (int i = from; i < from + count; i++) {
            if (i == from || e.pick(i) % 2 == 0) {
                columns.add(pickColumn(t, e.pick(i)));
            }
        }
        return List.copyOf(columns);
    }

    private static String pickColumn(Table t, int pick) {
        return t.columns().get(Math.floorMod(pick, t.columns().size())).name();
    }

    private static <T> T pick(List<T> items, int pick) {
        return items.get(Math.floorMod(pick, items.size()));
    }
}
