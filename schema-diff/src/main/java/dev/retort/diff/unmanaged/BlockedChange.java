package dev.retort.diff.unmanaged;

import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.UnmanagedDependent;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * BlockedChange is a change that drops or retypes a managed object on which objects Retort does not manage
 * depend: PostgreSQL would refuse it halfway through the script, or silently drop them along.
 *
 * <pre>{@code
 * blocked.describe();   // "drop column public.foobar.buzz: view public.v depends on it"
 * }</pre>
 */
public record BlockedChange(SchemaChange change, List<UnmanagedDependent> dependents) {

    public BlockedChange {
        Objects.requireNonNull(change, "change");
        dependents = List.copyOf(dependents);
    }

    /** {@code "<change>: view public.v, trigger t on public.foobar depend on it"}. */
    public String describe() {
        List<String> names = dependents.stream().map(UnmanagedDependent::dependent).distinct().toList();
        return change.describe() + ": " + names.stream().collect(Collectors.joining(", "))
                + (names.size() == 1 ? " depends on it" : " depend on it");
    }
}
