package dev.retort.schema.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dependencies are the edges between the objects of one {@link SchemaModel}: which object uses which, as PostgreSQL
 * records them ({@code pg_depend}, a constraint's columns, an index's columns and expressions, a default's
 * sequence). The inspector reads them from the catalog; a declaration gets them by being built in a scratch database
 * and inspected (the normalizer). A model built in memory has none, and planning falls back to the order of kinds.
 *
 * <p>Containment is not listed: a column belongs to its table and a table to its schema by their
 * {@link ObjectId#owner()}.
 *
 * <pre>{@code
 * Dependencies deps = Dependencies.of(List.of(new Dependency(check, column)));
 * deps.dependentsOf(column);   // [check]
 * }</pre>
 *
 */
public final class Dependencies {

    private static final Dependencies NONE = new Dependencies(List.of());

    private final List<Dependency> edges;
    private final Map<ObjectId, Set<ObjectId>> uses;
    private final Map<ObjectId, Set<ObjectId>> usedBy;

    private Dependencies(Collection<Dependency> edges) {
        // sorted and distinct in one array, and each object's ends as one sorted array (SortedIds): a tree set per
        // object cost a third of the model's memory at 10,000 tables
        Dependency[] sorted = edges.toArray(new Dependency[0]);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct == 0 || sorted[distinct - 1].compareTo(sorted[i]) != 0) {
                sorted[distinct++] = sorted[i];
            }
        }
        sorted = Arrays.copyOf(sorted, distinct);
        this.edges = List.of(sorted);
        this.uses = ends(sorted, true);
        Arrays.sort(sorted, (x, y) -> {
            int byReferenced = x.referenced().compareTo(y.referenced());
            return byReferenced != 0 ? byReferenced : x.dependent().compareTo(y.dependent());
        });
        this.usedBy = ends(sorted, false);
    }

    /**
     * For each dependent (or referenced object), the other ends of its edges: {@code edges} are sorted by that end
     * first, so each object's edges are one run, in the order of their other ends.
     */
    private static Map<ObjectId, Set<ObjectId>> ends(Dependency[] edges, boolean byDependent) {
        Map<ObjectId, Set<ObjectId>> sets = new HashMap<>();
        int start = 0;
        while (start < edges.length) {
            ObjectId key = byDependent ? edges[start].dependent() : edges[start].referenced();
            int end = start + 1;
            while (end < edges.length && key.equals(byDependent ? edges[end].dependent() : edges[end].referenced())) {
                end++;
            }
            ObjectId[] others = new ObjectId[end - start];
            for (int i = start; i < end; i++) {
                others[i - start] = byDependent ? edges[i].referenced() : edges[i].dependent();
            }
            sets.put(key, SortedIds.ofSorted(others));
            start = end;
        }
        return sets;
    }

    public static Dependencies none() {
        return NONE;
    }

    public static Dependencies of(Collection<Dependency> edges) {
        return edges.isEmpty() ? NONE : new Dependencies(edges);
    }

    /** Every dependency, sorted. */
    public List<Dependency> edges() {
        return edges;
    }

    public boolean isEmpty() {
        return edges.isEmpty();
    }

    /** What {@code dependent} uses directly. */
    public Set<ObjectId> referencedBy(ObjectId dependent) {
        return uses.getOrDefault(dependent, Set.of());
    }

    /** What uses {@code referenced} directly. */
    public Set<ObjectId> dependentsOf(ObjectId referenced) {
        return usedBy.getOrDefault(referenced, Set.of());
    }
    /** What uses {@code referenced}, directly or through other objects, in a deterministic order. */
    public Set<ObjectId> allDependentsOf(ObjectId referenced) {
        Set<ObjectId> seen = new TreeSet<>();
        List<ObjectId> todo = new ArrayList<>(List.of(referenced));
        while (!todo.isEmpty()) {
            for (ObjectId next : dependentsOf(todo.remove(todo.size() - 1))) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        seen.remove(referenced);
        return seen;
    }

    /** True when {@code dependent} uses any of {@code referenced}, directly or through other objects. */
    public boolean dependsOnAny(ObjectId dependent, Set<ObjectId> referenced) {
        Set<ObjectId> seen = new TreeSet<>();
        List<ObjectId> todo = new ArrayList<>(List.of(dependent));
        while (!todo.isEmpty()) {
            for (ObjectId next : referencedBy(todo.remove(todo.size() - 1))) {
                if (referenced.contains(next)) {
                    return true;
                }
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return false;
    }

    /** These dependencies without those of a dependent outside {@code keep}, e.g. of objects a model no longer has. */
    public Dependencies onlyOf(java.util.function.Predicate<ObjectId> keep) {
        return of(edges.stream().filter(e -> keep.test(e.dependent())).toList());
    }

    /** These dependencies and {@code more}. */
    public Dependencies with(Collection<Dependency> more) {
        List<Dependency> all = new ArrayList<>(edges);
        all.addAll(more);
        return of(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dependencies other && edges.equals(other.edges);
    }

    @Override
    public int hashCode() {
        return edges.hashCode();
    }

    @Override
    public String toString() {
        return "Dependencies" + edges;
    }
}
