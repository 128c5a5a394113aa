package dev.retort.schema.dsl;

import dev.retort.schema.model.Aggregate;
import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.Extension;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.RowSecurity;
import dev.retort.schema.model.SchemaComment;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.View;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * ObjectSources writes the DSL statement that declares one object of the other kinds, for
 * {@link JavaSourceWriter}: one entry per kind's record type. The namespace is the expression the statement starts
 * from ({@code s.} or {@code s.inSchema("app").}); the statement has no trailing semicolon.
 */
final class ObjectSources {

    private static final Map<Class<? extends SchemaObject>, BiFunction<SchemaObject, String, String>> WRITERS = Map.ofEntries(
            Map.entry(Extension.class, (o, ns) -> extension((Extension) o, ns)),
            Map.entry(Aggregate.class, (o, ns) -> aggregate((Aggregate) o, ns)),
            Map.entry(Routine.class, (o, ns) -> RoutineSources.routine((Routine) o, ns)),
            Map.entry(Trigger.class, (o, ns) -> RoutineSources.trigger((Trigger) o, ns)),
            Map.entry(ExclusionConstraint.class, (o, ns) -> exclusion((ExclusionConstraint) o, ns)),
            Map.entry(RowSecurity.class, (o, ns) -> SecuritySources.rowSecurity((RowSecurity) o, ns)),
            Map.entry(SchemaComment.class, (o, ns) -> ns + "schemaComment(" + JavaCode.string(((SchemaComment) o).comment()) + ")"),
            Map.entry(Policy.class, (o, ns) -> SecuritySources.policy((Policy) o, ns)),
            Map.entry(Privileges.class, (o, ns) -> SecuritySources.privileges((Privileges) o, ns)),
            Map.entry(View.class, (o, ns) -> ViewSources.view((View) o, ns)),
            Map.entry(MaterializedView.class, (o, ns) -> ViewSources.materializedView((MaterializedView) o, ns)));

    private ObjectSources() {
    }

    static String statement(SchemaObject object, String namespace) {
        BiFunction<SchemaObject, String, String> writer = WRITERS.get(object.getClass());
        if (writer == null) {
            throw new IllegalStateException("no DSL source for " + object.id() + " (register its kind in ObjectSources)");
        }
        return writer.apply(object, namespace);
    }

    // without the version: the declaration then installs the server's default and matches any installed version
    private static String extension(Extension extension, String namespace) {
        return namespace + "extension(" + JavaCode.string(extension.name()) + ")"
                + (extension.comment() == null ? "" : ".comment(" + JavaCode.string(extension.comment()) + ")");
    }

    private static String aggregate(Aggregate aggregate, String namespace) {
        return namespace + "aggregate(" + JavaCode.string(aggregate.name().name()) + ", "
                + JavaCode.string(aggregate.arguments()) + ", " + JavaCode.string(aggregate.options()) + ")"
                + (aggregate.comment() == null ? "" : ".comment(" + JavaCode.string(aggregate.comment()) + ")");
    }

    private static String exclusion(ExclusionConstraint exclusion, String namespace) {
        return namespace + "exclusion(" + JavaCode.string(exclusion.name()) + ", " + JavaCode.string(exclusion.table().name())
                + ").definition(" + JavaCode.string(exclusion.definition()) + ")"
                + (exclusion.comment() == null ? "" : ".comment(" + JavaCode.string(exclusion.comment()) + ")");
    }
}
