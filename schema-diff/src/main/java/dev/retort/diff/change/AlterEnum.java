package dev.retort.diff.change;

import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.EnumType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * AlterEnum changes an enum type's labels or comment from {@code from} to {@code to}.
 *
 * <p>When {@code to} only inserts labels into {@code from} (same order otherwise), the change is a series of
 * {@code ALTER TYPE ... ADD VALUE ... BEFORE/AFTER}. Any removal or reordering recreates the type: the old type is
 * renamed, the new one created, the columns in {@code convert} are converted through {@code text}, and the old type
 * dropped. {@code convertBack} lists the columns the inverse converts. Removing a label that rows still hold makes
 * the conversion fail rather than lose data.
 *
 * <pre>{@code
 * new AlterEnum(moodV1, moodV2, List.of(new EnumColumn(entries, "mood", false, null)), List.of(...));
 * }</pre>
 */
public record AlterEnum(EnumType from, EnumType to, List<EnumColumn> convert, List<EnumColumn> convertBack)
        implements SchemaChange {

    public AlterEnum {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterEnum keeps the name: " + from.name() + " vs " + to.name());
        }
        convert = List.copyOf(convert);
        convertBack = List.copyOf(convertBack);
    }

    /** True when the labels differ. */
    public boolean changesValues() {
        return !from.values().equals(to.values());
    }

    /** True when {@code to} keeps every label of {@code from} in the same order and only inserts new ones. */
    public boolean onlyAddsValues() {
        List<String> old = from.values();
        List<String> target = to.values();
        int next = 0;
        for (String label : target) {
            if (next < old.size() && old.get(next).equals(label)) {
                next++;
            } else if (old.contains(label)) {
                return false;
            }
        }
        return next == old.size();
    }

    /** Labels of {@code to} that {@code from} does not have, in {@code to}'s order. */
    public List<String> addedValues() {
        List<String> added = new ArrayList<>(to.values());
        added.removeAll(from.values());
        return added;
    }

    /** Labels of {@code from} that {@code to} drops. */
    public List<String> removedValues() {
        List<String> removed = new ArrayList<>(from.values());
        removed.removeAll(to.values());
        return removed;
    }

    @Override
    public SchemaChange inverse() {
        return new AlterEnum(to, from, convertBack, convert);
    }

    @Override
    public <R> R accept(SchemaChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        if (!changesValues()) {
            return "comment on enum " + to.name();
        }
        return (onlyAddsValues() ? "add values " + addedValues() + " to enum " : "recreate enum ") + to.name();
    }

    @Override
    public Footprint footprint() {
        // a recreate replaces the type: what uses its labels goes before and comes back after
        ObjectId type = ObjectId.type(to.name());
        if (!changesValues() || onlyAddsValues()) {
            return Footprint.alter(type);
        }
        // the columns it converts have their new type only after it (a foreign key between them is added after)
        Footprint replace = Footprint.replace(type, type);
        java.util.Set<ObjectId> creates = new java.util.TreeSet<>(replace.creates());
        convert.forEach(c -> creates.add(ObjectId.column(c.table(), c.column())));
        return new Footprint(replace.subject(), replace.requires(), creates, replace.removes(), replace.releases());
    }
}
