package dev.retort.diff.plan;

import dev.retort.diff.change.AlterColumnNullability;
import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.change.DropCheckConstraint;
import dev.retort.diff.change.DropColumn;
import dev.retort.diff.change.RenameColumn;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;

import java.util.List;

/**
 * NotNullProofs finds the checks a table already has that prove a column NOT NULL: a validated, inheritable
 * {@code CHECK (col IS NOT NULL)}. {@code SET NOT NULL} skips its scan of the rows when one exists, so the lock-safe
 * form needs no temporary check of its own then; and where the plan drops such a check, it is dropped after the
 * {@code SET NOT NULL} that it proves rather than before.
 *
 * <pre>{@code
 * NotNullProofs proofs = new NotNullProofs(from);
 * proofs.proof(table, "email");   // the check, or null
 * }</pre>
 */
final class NotNullProofs {

    private final SchemaModel from;

    NotNullProofs(SchemaModel from) {
        this.from = from;
    }

    /** The validated check of {@code table} (in the source) proving {@code column} NOT NULL, or null. */
    CheckConstraint proof(QualifiedName table, String column) {
        String expression = "(" + Identifiers.quote(column) + " IS NOT NULL)";
        return from.table(table).filter(t -> !t.hierarchy().partitioned()).stream()
                .flatMap(t -> t.checkConstraints().stream())
                .filter(c -> !c.notValid() && !c.noInherit() && c.expression().equals(expression))
                .findFirst().orElse(null);
    }

    /** The SET NOT NULL on a table of the same name as {@code drop}'s that the dropped check proves, or null. */
    AlterColumnNullability provedBy(DropCheckConstraint drop, List<SchemaChange> later) {
        for (SchemaChange change : later) {
            if (change instanceof AlterColumnNullability set && set.from().nullable() && !set.to().nullable()
                    && set.fromTable().equals(drop.table()) && set.toTable().equals(drop.table())
                    && set.from().name().equals(set.to().name())
                    && drop.constraint().equals(proof(drop.table(), set.from().name()))) {
                return set;
            }
            // the column changes on the way: the plain order stays
            if (touchesColumns(change, drop.table())) {
                return null;
            }
        }
        return null;
    }

    private static boolean touchesColumns(SchemaChange change, QualifiedName table) {
        return change instanceof AlterColumnType type && type.fromTable().equals(table)
                || change instanceof DropColumn dropped && dropped.table().equals(table)
                || change instanceof RenameColumn rename && rename.fromTable().equals(table);
    }
}
