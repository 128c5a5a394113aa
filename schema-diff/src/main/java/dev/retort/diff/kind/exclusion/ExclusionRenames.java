package dev.retort.diff.kind.exclusion;

import dev.retort.diff.change.AlterConstraintComment;
import dev.retort.diff.change.RenameConstraint;
import dev.retort.diff.change.RenameTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.ExclusionConstraint;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ExclusionRenames keeps the exclusion constraints of a table declared renamed: PostgreSQL carries them over with
 * the table, so each is paired with the target's constraint of the same definition on the new table, and renamed
 * ({@code RENAME CONSTRAINT}, which renames its index too) when the naming convention gives it a new name, instead of
 * being dropped and added again (an index build under ACCESS EXCLUSIVE). Only declared table renames pair anything:
 * renames are never guessed. A definition that changes with the rename (a renamed column it names) is not paired.
 *
 * <pre>{@code
 * ExclusionRenames renames = ExclusionRenames.match(from, to, changes);   // changes hold the RenameTable
 * renames.target(old.id());   // the target's constraint it becomes, or null
 * }</pre>
 */
public final class ExclusionRenames {

    /** Old constraint id to the target's constraint it becomes. */
    private final Map<ObjectId, ExclusionConstraint> targets;
    private final Set<ObjectId> paired;

    private ExclusionRenames(Map<ObjectId, ExclusionConstraint> targets) {
        this.targets = targets;
        this.paired = new HashSet<>();
        targets.values().forEach(t -> paired.add(t.id()));
    }

    /** The pairs for the table renames among {@code changes}, from the constraints of {@code from} and {@code to}. */
    public static ExclusionRenames match(SchemaModel from, SchemaModel to, List<SchemaChange> changes) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        changes.stream().filter(c -> c instanceof RenameTable).map(RenameTable.class::cast)
                .forEach(r -> tables.put(r.from(), r.to()));
        Map<ObjectId, ExclusionConstraint> targets = new LinkedHashMap<>();
        if (tables.isEmpty()) {
            return new ExclusionRenames(targets);
        }
        Set<ObjectId> oldIds = new HashSet<>();
        from.objects(ExclusionConstraint.class).forEach(x -> oldIds.add(x.id()));
        Set<ObjectId> claimed = new HashSet<>();
        for (ExclusionConstraint old : from.objects(ExclusionConstraint.class)) {
            QualifiedName table = tables.get(old.table());
            if (table == null) {
                continue;
            }
            // the name it keeps first (a name of its own), then one the convention gives it on the new table
            List<ExclusionConstraint> candidates = new ArrayList<>();
            for (ExclusionConstraint target : to.objects(ExclusionConstraint.class)) {
                if (target.table().equals(table) && target.definition().equals(old.definition())
                        && !oldIds.contains(target.id()) && !claimed.contains(target.id())) {
                    candidates.add(target.name().equals(old.name()) ? 0 : candidates.size(), target);
                }
            }
            if (!candidates.isEmpty()) {
                targets.put(old.id(), candidates.get(0));
                claimed.add(candidates.get(0).id());
            }
        }
        return new ExclusionRenames(targets);
    }

    /** The target's constraint the old one {@code id} becomes, or null when it is not carried over. */
    public ExclusionConstraint target(ObjectId id) {
        return targets.get(id);
    }

    /** True when the target's constraint {@code id} is an old one carried over (not created). */
    public boolean carriesOver(ObjectId id) {
        return paired.contains(id);
    }

    /**
     * The changes that turn {@code old}, carried over to the renamed table, into its target: a rename when the name
     * differs (after the table's rename, on the new table) and a new comment.
     */
    public List<SchemaChange> changes(ExclusionConstraint old) {
        ExclusionConstraint target = targets.get(old.id());
        List<SchemaChange> out = new ArrayList<>();
        if (!old.name().equals(target.name())) {
            out.add(new RenameConstraint(old.table(), old.name(), target.table(), target.name()));
        }
        // named on both sides, as the table's other constraints' comments are: the downgrade's runs on the old names,
        // after the table is renamed back
        if (!java.util.Objects.equals(old.comment(), target.comment())) {
            out.add(new AlterConstraintComment(old.table(), old.name(), old.comment(), target.table(), target.name(),
                    target.comment()));
        }
        return out;
    }
}
