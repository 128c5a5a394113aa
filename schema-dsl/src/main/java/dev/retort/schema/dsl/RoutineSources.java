package dev.retort.schema.dsl;

import dev.retort.schema.model.Routine;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;

/**
 * RoutineSources writes the DSL statements of functions, procedures and triggers for {@link ObjectSources}: each
 * given whole, by the definition the server prints, so the generated source declares exactly what was inspected.
 *
 * <pre>{@code
 * s.function("half", "x integer").definition("CREATE OR REPLACE FUNCTION public.half(x integer)\n ...")
 * }</pre>
 */
final class RoutineSources {

    private RoutineSources() {
    }

    static String routine(Routine routine, String namespace) {
        return namespace + (routine.isProcedure() ? "procedure(" : "function(") + JavaCode.string(routine.name().name())
                + ", " + JavaCode.string(routine.identityArguments()) + ").definition("
                + JavaCode.string(routine.definition()) + ")" + comment(routine.comment());
    }

    static String trigger(Trigger trigger, String namespace) {
        return namespace + "trigger(" + JavaCode.string(trigger.name()) + ", " + JavaCode.string(trigger.table().name())
                + ").definition(" + JavaCode.string(trigger.definition()) + ")"
                + (trigger.enabled() == TriggerEnabled.ORIGIN ? "" : ".enabled(dev.retort.schema.model.TriggerEnabled." + trigger.enabled().name() + ")")
                + comment(trigger.comment());
    }

    private static String comment(String comment) {
        return comment == null ? "" : ".comment(" + JavaCode.string(comment) + ")";
    }
}
