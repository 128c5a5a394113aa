package dev.retort.diff.kind.sequence;

import dev.retort.diff.change.AlterSequence;
import dev.retort.diff.change.CreateSequence;
import dev.retort.diff.change.DropSequence;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SequenceDiffer compares standalone sequences. Ownership ({@code OWNED BY table.column}) is split from the rest:
 * it is released before tables are dropped (dropping the owner would drop the sequence) and acquired after columns
 * exist.
 */
public final class SequenceDiffer {

    private SequenceDiffer() {
    }

    public static void diff(List<Sequence> from, List<Sequence> to, List<SchemaChange> out) {
        Map<QualifiedName, Sequence> fromByName = new HashMap<>();
        from.forEach(s -> fromByName.put(s.name(), s));
        Set<QualifiedName> toNames = new HashSet<>();
        to.forEach(s -> toNames.add(s.name()));
        for (Sequence target : to) {
            Sequence old = fromByName.get(target.name());
            if (old == null) {
                Sequence unowned = target.withOwnedBy(null);
                out.add(new CreateSequence(unowned));
                if (target.ownedBy() != null) {
                    out.add(new AlterSequence(unowned, target));
                }
            } else if (!old.equals(target)) {
                alter(old, target, out);
            }
        }
        for (Sequence old : from) {
            if (!toNames.contains(old.name())) {
                Sequence unowned = old.withOwnedBy(null);
                if (old.ownedBy() != null) {
                    out.add(new AlterSequence(old, unowned));
                }
                out.add(new DropSequence(unowned));
            }
        }
    }

    private static void alter(Sequence old, Sequence target, List<SchemaChange> out) {
        if (Objects.equals(old.ownedBy(), target.ownedBy())) {
            out.add(new AlterSequence(old, target));
            return;
        }
        Sequence current = old;
        if (old.ownedBy() != null) {
            current = old.withOwnedBy(null);
            out.add(new AlterSequence(old, current));
        }
        Sequence options = target.withOwnedBy(null);
        if (!current.equals(options)) {
            out.add(new AlterSequence(current, options));
            current = options;
        }
        if (target.ownedBy() != null) {
            out.add(new AlterSequence(current, target));
        }
    }
}
