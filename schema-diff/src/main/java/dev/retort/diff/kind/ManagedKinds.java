package dev.retort.diff.kind;

import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.aggregate.AggregateKind;
import dev.retort.diff.kind.composite.CompositeTypeKind;
import dev.retort.diff.kind.domain.DomainKind;
import dev.retort.diff.kind.exclusion.ExclusionKind;
import dev.retort.diff.kind.extension.ExtensionKind;
import dev.retort.diff.kind.routine.RoutineKind;
import dev.retort.diff.kind.trigger.TriggerKind;
import dev.retort.diff.kind.policy.PolicyKind;
import dev.retort.diff.kind.policy.RowSecurityKind;
import dev.retort.diff.kind.privileges.PrivilegesKind;
import dev.retort.diff.kind.range.RangeTypeKind;
import dev.retort.diff.kind.schema.SchemaCommentKind;
import dev.retort.diff.kind.view.MaterializedViewKind;
import dev.retort.diff.kind.view.ViewKind;
import dev.retort.schema.model.SchemaObject;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ManagedKinds is the registry of {@link ManagedKind}s: adding a kind of object is one line here. The inspector
 * reads each registered kind, the differ compares, the renderer and planner ask the kind of each object.
 *
 * <pre>{@code
 * ManagedKinds.of(extension).create(extension);
 * }</pre>
 */
public final class ManagedKinds {

    private static final List<ManagedKind<?>> ALL = List.of(
            new ExtensionKind(),
            new RoutineKind(),
            new TriggerKind(),
            new ExclusionKind(),
            new RowSecurityKind(),
            new PolicyKind(),
            new PrivilegesKind(),
            new DomainKind(),
            new CompositeTypeKind(),
            new RangeTypeKind(),
            new ViewKind(), new MaterializedViewKind(),
            new AggregateKind(),
            new SchemaCommentKind());

    private ManagedKinds() {
    }

    /** Every registered kind, in registration order. */
    public static List<ManagedKind<?>> all() {
        return ALL;
    }

    /** The kind of {@code object}. */
    @SuppressWarnings("unchecked")
    public static ManagedKind<SchemaObject> of(SchemaObject object) {
        Objects.requireNonNull(object, "object");
        return (ManagedKind<SchemaObject>) kindOf(object.getClass());
    }

    /** The kind whose record type is {@code type}. */
    @SuppressWarnings("unchecked")
    public static <T extends SchemaObject> ManagedKind<T> kindOf(Class<T> type) {
        for (ManagedKind<?> kind : ALL) {
            if (kind.type().equals(type)) {
                return (ManagedKind<T>) kind;
            }
        }
        throw new IllegalArgumentException("no object kind is registered for " + type.getName()
                + " (add it to ManagedKinds)");
    }

    /** The unmanaged kinds the registered kinds take over. */
    public static Set<UnmanagedKind> takenOver() {
        Set<UnmanagedKind> all = EnumSet.noneOf(UnmanagedKind.class);
        ALL.forEach(k -> all.addAll(k.takesOver()));
        return all;
    }

    /**
     * The {@code pg_depend} names of every kind's objects, as {@code UNION ALL} of selects (see
     * {@link ManagedKind#dependencyObjects()}), each starting with {@code " UNION ALL "}; empty when no kind has any.
     */
    public static String dependencyObjects() {
        return dependencyObjects(ALL);
    }

    /** {@link #dependencyObjects()} of {@code kinds} only. */
    public static String dependencyObjects(List<ManagedKind<?>> kinds) {
        return kinds.stream().map(ManagedKind::dependencyObjects).filter(Objects::nonNull)
                .map(sql -> " UNION ALL " + sql).collect(Collectors.joining());
    }
}
