package dev.retort.diff.plan;

import dev.retort.diff.change.AlterColumnDefault;
import dev.retort.diff.change.AlterObject;
import dev.retort.diff.change.Footprint;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * ChangeGraph sorts changes topologically. A change runs after the changes that create what it requires (its
 * {@link Footprint} and, for what it creates, the target model's dependencies), and a change that takes something
 * away runs before the changes that take away what that used (the source model's dependencies). So whatever depends on
 * an object that is dropped, recreated or retyped is dropped before it and created again after it; the downgrade,
 * planned from the inverses with the two models swapped, gets the mirror order. Changes of one object keep the order
 * of their {@link PlanPhase}s.
 *
 * <p>Ties are broken by the phase priority, then the description, then the full text, so the order is deterministic
 * and, without dependencies, exactly the order of phases. Foreign keys are their own changes and require their
 * tables, so cycles of references are added after all their tables. Should the changes still form a cycle, the
 * first change of it by priority runs first.
 */
final class ChangeGraph {

    private static final Comparator<Node> PRIORITY = Comparator.comparingInt(Node::phase)
            .thenComparing(Node::description)
            .thenComparing((a, b) -> a.change().toString().compareTo(b.change().toString()));

    private final List<Node> nodes;
    private final Dependencies before;
    private final Dependencies after;
    private final List<Set<Integer>> successors = new ArrayList<>();
    private final int[] waiting;

    private record Node(SchemaChange change, int phase, String description, Footprint footprint) {
        Node(SchemaChange change) {
            this(change, PlanPhase.of(change), change.describe(), change.footprint());
        }
    }

    private ChangeGraph(List<SchemaChange> changes, Dependencies before, Dependencies after) {
        // ranked by priority once: the queue compares ranks
        this.nodes = changes.stream().map(Node::new).sorted(PRIORITY).toList();
        this.before = before;
        this.after = after;
        nodes.forEach(n -> successors.add(new LinkedHashSet<>()));
        this.waiting = new int[nodes.size()];
    }

    static List<SchemaChange> order(List<SchemaChange> changes, Dependencies before, Dependencies after) {
        ChangeGraph graph = new ChangeGraph(changes, before, after);
        graph.link();
        return graph.sorted();
    }

    private void link() {
        Map<ObjectId, List<Integer>> creators = new HashMap<>();
        Map<ObjectId, List<Integer>> removers = new HashMap<>();
        Map<ObjectId, List<Integer>> bySubject = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Footprint f = nodes.get(i).footprint();
            for (ObjectId id : f.creates()) {
                creators.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
            for (ObjectId id : f.removes()) {
                removers.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
            bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(i);
        }
        for (int b = 0; b < nodes.size(); b++) {
            Footprint f = nodes.get(b).footprint();
            if (f.onlyRemoves()) {
                continue;
            }
            // dropping a default needs nothing of what the column uses: what the default used may go after it
            for (ObjectId required : dropsDefault(nodes.get(b)) ? f.requires() : requirements(f)) {
                for (int a : holders(creators, required)) {
                    edge(a, b);
                }
            }
        }
        for (int a = 0; a < nodes.size(); a++) {
            Footprint f = nodes.get(a).footprint();
            for (ObjectId released : releases(nodes.get(a))) {
                for (int b : holders(removers, released)) {
                    // a retype or recreate that used what another one replaces is ordered by phase: an enum
                    // recreate converts the columns that use it, and their own type changes follow it
                    if (f.onlyRemoves() || nodes.get(b).footprint().onlyRemoves() || f.releases().contains(released)) {
                        edge(a, b);
                    }
                }
            }
        }
        // a sequence's name is free only once the sequence holding it is dropped or renamed away: a rename into it
        // (an identity sequence taking the name PostgreSQL makes) or a creation under it runs after that
        creators.forEach((id, made) -> {
            if (id.kind() != ObjectKind.SEQUENCE) {
                return;
            }
            for (int r : removers.getOrDefault(id, List.of())) {
                if (!nodes.get(r).footprint().creates().contains(id)) {
                    made.forEach(c -> edge(r, c));
                }
            }
        });
        // changes of one object run in the order of their phases (e.g. drop a default, retype, set it again)
        for (List<Integer> same : bySubject.values()) {
            for (int i = 1; i < same.size(); i++) {
                chain(same.get(i - 1), same.get(i));
            }
        }
    }

    /** ALTER COLUMN ... DROP DEFAULT: the function the default called may be dropped once it ran. */
    private static boolean dropsDefault(Node node) {
        return node.change() instanceof AlterColumnDefault d && d.from().defaultExpression() != null
                && d.to().defaultExpression() == null;
    }

    /** What {@code f} needs before it runs: its own requirements and what the objects it creates use. */
    private Set<ObjectId> requirements(Footprint f) {
        Set<ObjectId> all = new TreeSet<>(f.requires());
        List<ObjectId> created = new ArrayList<>(f.creates());
        created.add(f.subject());
        for (ObjectId id : created) {
            // a created table lists the members it brings (columns, keys, checks): what they use is needed too
            all.addAll(after.referencedBy(id));
        }
        return all;
    }

    /** What {@code f} stops using: its own releases and what the objects it takes away used. */
    private Set<ObjectId> releases(Footprint f) {
        Set<ObjectId> all = new TreeSet<>(f.releases());
        for (ObjectId id : f.removes()) {
            all.addAll(before.referencedBy(id));
        }
        return all;
    }

    /** What {@code node} stops using: for an in-place change of an object, also what its old form used. */
    private Set<ObjectId> releases(Node node) {
        Set<ObjectId> all = releases(node.footprint());
        // CREATE OR REPLACE VIEW with a query that no longer reads a column: the column's drop runs after it
        if (node.change() instanceof AlterObject || dropsDefault(node)) {
            all.addAll(before.referencedBy(node.footprint().subject()));
        }
        return all;
    }

    /** The changes that hold {@code id}: those naming it, and for a table member those naming its table. */
    private static List<Integer> holders(Map<ObjectId, List<Integer>> index, ObjectId id) {
        List<Integer> direct = index.getOrDefault(id, List.of());
        if (!id.kind().isTableMember()) {
            return direct;
        }
        List<Integer> viaTable = index.getOrDefault(ObjectId.table(id.name()), List.of());
        if (viaTable.isEmpty()) {
            return direct;
        }
        List<Integer> all = new ArrayList<>(direct);
        all.addAll(viaTable);
        return all;
    }

    /** An edge between changes of different objects (changes of one object are chained by phase instead). */
    private void edge(int from, int to) {
        if (!nodes.get(from).footprint().subject().equals(nodes.get(to).footprint().subject())) {
            chain(from, to);
        }
    }

    private void chain(int from, int to) {
        if (from != to && successors.get(from).add(to)) {
            waiting[to]++;
        }
    }

    private List<SchemaChange> sorted() {
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        boolean[] done = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<SchemaChange> out = new ArrayList<>(nodes.size());
        int next = 0;
        while (out.size() < nodes.size()) {
            if (ready.isEmpty()) {
                // a cycle: the first remaining change by priority goes first
                while (done[next]) {
                    next++;
                }
                ready.add(next);
                waiting[next] = 0;
            }
            int i = ready.poll();
            if (done[i]) {
                continue;
            }
            done[i] = true;
            out.add(nodes.get(i).change());
            for (int s : successors.get(i)) {
                if (--waiting[s] == 0 && !done[s]) {
                    ready.add(s);
                }
            }
        }
        return out;
    }
}
