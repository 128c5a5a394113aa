package dev.retort.diff.inspect;

import dev.retort.schema.model.SchemaModel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Inspection is what the inspector read from a live database: the managed schema as a model, and every
 * object in the inspected schemas that the model does not manage.
 *
 * <pre>{@code
 * Inspection seen = new PostgresInspector().inspect(connection, List.of("public"));
 * seen.model().tables().size();
 * seen.summary();   // "5 views, 1 materialized view, 9 functions, ..."
 * }</pre>
 */
public record Inspection(SchemaModel model, List<UnmanagedObject> unmanaged) {

    public Inspection {
        Objects.requireNonNull(model, "model");
        unmanaged = unmanaged.stream().sorted().toList();
    }

    /** Unmanaged objects of one kind, sorted by name. */
    public List<UnmanagedObject> unmanaged(UnmanagedKind kind) {
        return unmanaged.stream().filter(u -> u.kind() == kind).toList();
    }

    /** How many unmanaged objects of each kind were seen (kinds with none are absent), in enum order. */
    public Map<UnmanagedKind, Integer> unmanagedCounts() {
        Map<UnmanagedKind, Integer> counts = new EnumMap<>(UnmanagedKind.class);
        for (UnmanagedObject u : unmanaged) {
            counts.merge(u.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** One line for users: {@code "5 views, 1 materialized view"}, or {@code "none"}. */
    public String summary() {
        if (unmanaged.isEmpty()) {
            return "none";
        }
        return unmanagedCounts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
    }
}
