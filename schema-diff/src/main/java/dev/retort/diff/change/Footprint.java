package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.ObjectKind;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Footprint is what one change touches, for the planner's graph: the object it acts on (named as its SQL names it),
 * what must exist before it runs, what exists in a new form only after it, what it takes away, and what it stops
 * using. The planner adds what the models' {@link dev.retort.schema.model.Dependencies} say about those objects.
 *
 * <pre>{@code
 * Footprint.drop(ObjectId.column(users, "email"));
 * Footprint.create(ObjectId.constraint(orders, "fk_user")).requiring(ObjectId.table(users));
 * }</pre>
 *
 * @param subject  the object the change acts on
 * @param requires objects that must exist, in their final form, before it runs (named as after the change)
 * @param creates  objects that exist in a new form only after it: created, recreated, retyped or renamed to
 * @param removes  objects whose old form it takes away: dropped, recreated, retyped or renamed from (named as before)
 * @param releases objects it stops using, which may go only after it (named as before)
 */
public record Footprint(ObjectId subject, Set<ObjectId> requires, Set<ObjectId> creates, Set<ObjectId> removes,
                        Set<ObjectId> releases) {

    public Footprint {
        Objects.requireNonNull(subject, "subject");
        requires = sorted(requires);
        creates = sorted(creates);
        removes = sorted(removes);
        releases = sorted(releases);
    }

    /** Creates {@code id}; requires what contains it. */
    public static Footprint create(ObjectId id) {
        return new Footprint(id, owner(id), Set.of(id), Set.of(), Set.of());
    }

    /** Drops {@code id}; releases what contains it, so that it runs before its table or schema goes. */
    public static Footprint drop(ObjectId id) {
        return new Footprint(id, Set.of(), Set.of(), Set.of(id), owner(id));
    }

    /** Changes {@code id} in place: dependents are unaffected; it runs once {@code id} exists (e.g. after a rename). */
    public static Footprint alter(ObjectId id) {
        Set<ObjectId> requires = new TreeSet<>(owner(id));
        requires.add(id);
        return new Footprint(id, requires, Set.of(), Set.of(), Set.of());
    }

    /** Replaces {@code before} by {@code after} (a retype or a recreate): dependents go before and come back after. */
    public static Footprint replace(ObjectId before, ObjectId after) {
        return new Footprint(after, owner(after), Set.of(after), Set.of(before), Set.of());
    }

    /** Renames {@code before} to {@code after}; the statement names {@code before}. */
    public static Footprint rename(ObjectId before, ObjectId after) {
        return new Footprint(before, Set.of(), Set.of(after), Set.of(before), Set.of());
    }

    /** This footprint requiring {@code more} as well. */
    public Footprint requiring(Collection<ObjectId> more) {
        return new Footprint(subject, union(requires, more), creates, removes, releases);
    }

    public Footprint requiring(ObjectId... more) {
        return requiring(Set.of(more));
    }

    /** This footprint creating {@code more} as well (the members a table is created with). */
    public Footprint creating(Collection<ObjectId> more) {
        return new Footprint(subject, requires, union(creates, more), removes, releases);
    }

    /** This footprint removing {@code more} as well (the members a table is dropped with). */
    public Footprint removing(Collection<ObjectId> more) {
        return new Footprint(subject, requires, creates, union(removes, more), releases);
    }

    /** This footprint releasing {@code more} as well. */
    public Footprint releasing(Collection<ObjectId> more) {
        return new Footprint(subject, requires, creates, removes, union(releases, more));
    }

    public Footprint releasing(ObjectId... more) {
        return releasing(Set.of(more));
    }

    /** True when it only takes objects away (a drop): such a change runs on the names as they were. */
    public boolean onlyRemoves() {
        return creates.isEmpty() && !removes.isEmpty();
    }

    private static Set<ObjectId> owner(ObjectId id) {
        ObjectId owner = id.owner();
        if (owner != null && id.kind() == ObjectKind.PRIVILEGES && owner.kind() == ObjectKind.COLUMN) {
            // a column's privileges are on a column of a view or materialized view as well as a table's
            return Set.of(owner, ObjectId.of(ObjectKind.VIEW, owner.name()),
                    ObjectId.of(ObjectKind.MATERIALIZED_VIEW, owner.name()));
        }
        return owner == null ? Set.of() : Set.of(owner);
    }

    private static Set<ObjectId> union(Set<ObjectId> a, Collection<ObjectId> b) {
        Set<ObjectId> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<ObjectId> sorted(Set<ObjectId> ids) {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(ids));
    }
}
