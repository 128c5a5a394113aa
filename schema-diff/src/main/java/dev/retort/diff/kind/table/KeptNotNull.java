package dev.retort.diff.kind.table;

import dev.retort.diff.change.AlterColumnNullability;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * KeptNotNull finds the descendants that hold a column NOT NULL of their own on the nullable side of a change of a
 * parent's column: PostgreSQL (17) recurses DROP NOT NULL to every partition and inheriting table, so the change sets
 * theirs again, and SET NOT NULL on the parent makes theirs no longer their own (nothing to plan for them).
 */
final class KeptNotNull {

    private KeptNotNull() {
    }

    /** {@code out} with each change of a column's NOT NULL carrying the descendants that keep theirs. */
    static void carry(SchemaModel from, SchemaModel to, List<SchemaChange> out) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof AlterColumnNullability change && change.from().nullable() != change.to().nullable()) {
                boolean dropping = change.to().nullable();
                List<QualifiedName> kept = dropping ? below(to, change.toTable(), change.to().name())
                        : below(from, change.fromTable(), change.from().name());
                if (!kept.equals(change.keptNotNull())) {
                    out.set(i, change.withKeptNotNull(kept));
                }
            }
        }
    }

    /** The tables under {@code parent} in {@code model} holding {@code column} NOT NULL of their own, parents first. */
    static List<QualifiedName> below(SchemaModel model, QualifiedName parent, String column) {
        List<QualifiedName> out = new ArrayList<>();
        for (Table table : model.tables()) {
            if (table.hierarchy().parents().contains(parent)) {
                if (table.hierarchy().notNullColumns().contains(column)) {
                    // its SET NOT NULL recurses to its own children
                    out.add(table.name());
                } else {
                    out.addAll(below(model, table.name(), column));
                }
            }
        }
        return out;
    }
}
