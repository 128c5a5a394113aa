package dev.retort.diff.inspect;

import dev.retort.schema.model.SchemaModel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Inspection is what the inspector read from a live database: the managed schema as a model, every object in
 * the inspected schemas that the model does not manage (with its definition), every detail of a managed object
 * that the model does not hold, and which unmanaged objects depend on managed ones.
 *
 * <pre>{@code
 * Inspection seen = new PostgresInspector().inspect(connection, List.of("public"));
 * seen.model().tables().size();
 * seen.summary();   // "5 views, 1 materialized view, 9 functions, ..."
 * }</pre>
 */
public record Inspection(SchemaModel model, List<UnmanagedObject> unmanaged, List<UnmodeledDetail> details,
                         List<UnmanagedDependent> dependents) {

    public Inspection {
        Objects.requireNonNull(model, "model");
        unmanaged = unmanaged.stream().sorted().toList();
        details = details.stream().sorted().toList();
        dependents = List.copyOf(dependents);
    }

    /** A model and its unmanaged objects, without details or dependencies. */
    public Inspection(SchemaModel model, List<UnmanagedObject> unmanaged) {
        this(model, unmanaged, List.of(), List.of());
    }

    /** The same inspection with another model (e.g. without Retort's history table). */
    public Inspection withModel(SchemaModel other) {
        return new Inspection(other, unmanaged, details, dependents);
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

    /**
     * One line for users: {@code "5 views, 1 materialized view"} (plus {@code "3 details the model does not hold"}
     * when there are some), or {@code "none"}.
     */
    public String summary() {
        if (unmanaged.isEmpty() && details.isEmpty()) {
            return "none";
        }
        String objects = unmanagedCounts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
        if (details.isEmpty()) {
            return objects;
        }
        String d = details.size() + (details.size() == 1 ? " detail" : " details") + " the model does not hold";
        return objects.isEmpty() ? d : objects + ", " + d;
    }
}
