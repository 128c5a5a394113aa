package dev.retort.diff.plan;

import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.CreateTable;
import dev.retort.diff.change.DropIndex;
import dev.retort.diff.change.DropTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.QualifiedName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * LockSafeForms chooses the forms of changes that keep a production database serving while a migration runs: an
 * index built or dropped on a table that exists before and after the migration is built {@code CONCURRENTLY}
 * (writes go on; the statement runs outside a transaction, in a migration of its own). Tables the same changes
 * create or drop hold no rows that anyone uses, so their indexes keep the plain, transactional form.
 *
 * <p>The choice is made on the typed changes, before planning, so the downgrade (their inverses) is lock-safe too.
 *
 * <pre>{@code
 * List<SchemaChange> online = LockSafeForms.apply(changes);   // CreateIndex(concurrently=true) on existing tables
 * }</pre>
 */
public final class LockSafeForms {

    private LockSafeForms() {
    }

    public static List<SchemaChange> apply(List<SchemaChange> changes) {
        Set<QualifiedName> transientTables = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof CreateTable create) {
                transientTables.add(create.table().name());
            } else if (change instanceof DropTable drop) {
                transientTables.add(drop.table().name());
            }
        }
        List<SchemaChange> out = new ArrayList<>(changes.size());
        for (SchemaChange change : changes) {
            if (change instanceof CreateIndex create && !transientTables.contains(create.table())) {
                out.add(create.withConcurrently(true));
            } else if (change instanceof DropIndex drop && !transientTables.contains(drop.table())) {
                out.add(drop.withConcurrently(true));
            } else {
                out.add(change);
            }
        }
        return out;
    }
}
