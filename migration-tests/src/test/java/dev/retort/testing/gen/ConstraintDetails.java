package dev.retort.testing.gen;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableConstraint;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * ConstraintDetails implements {@link Edit.ConstraintDetail}: it picks one constraint of a table and changes one
 * of its details, keeping the model valid (a key that becomes deferrable loses the foreign keys that reference it,
 * as PostgreSQL cannot reference a deferrable key).
 */
final class ConstraintDetails {

    private ConstraintDetails() {
    }

    static SchemaModel change(SchemaModel m, int tablePick, int constraintPick, int detail, int columnPick, String comment) {
        if (m.tables().isEmpty()) {
            return m;
        }
        Table t = m.tables().get(Math.floorMod(tablePick, m.tables().size()));
        List<TableConstraint> all = new ArrayList<>();
        if (t.primaryKey() != null) {
            all.add(t.primaryKey());
        }
        all.addAll(t.uniqueConstraints());
        all.addAll(t.checkConstraints());
        all.addAll(t.foreignKeys());
        if (all.isEmpty()) {
            return m;
        }
        TableConstraint c = all.get(Math.floorMod(constraintPick, all.size()));
        Table changed;
        if (c instanceof PrimaryKey pk) {
            changed = t.withPrimaryKey(key(t, pk, detail, columnPick, comment));
        } else if (c instanceof UniqueConstraint u) {
            changed = t.withUniqueConstraints(t.uniqueConstraints().stream()
                    .map(x -> x == u ? unique(t, u, detail, columnPick, comment) : x).toList());
        } else if (c instanceof CheckConstraint k) {
            CheckConstraint to = detail == 0 ? k.withNotValid(!k.notValid())
                    : detail == 1 ? k.withNoInherit(!k.noInherit()) : k.withComment(comment);
            changed = t.withCheckConstraints(t.checkConstraints().stream().map(x -> x == k ? to : x).toList());
        } else {
            ForeignKey f = (ForeignKey) c;
            ForeignKey to = detail == 0 ? f.withNotValid(!f.notValid())
                    : detail == 1 ? f.withMatchFull(!f.matchFull()) : f.withComment(comment);
            changed = t.withForeignKeys(t.foreignKeys().stream().map(x -> x == f ? to : x).toList());
        }
        return Edits.sweep(ModelEditor.replace(m, changed));
    }

    private static PrimaryKey key(Table t, PrimaryKey pk, int detail, int columnPick, String comment) {
        return switch (detail) {
            case 0 -> pk.withDeferrable(!pk.initiallyDeferred(), pk.deferrable() && !pk.initiallyDeferred());
            case 1 -> pk.withInclude(include(t, pk.columns(), pk.include(), columnPick));
            default -> pk.withComment(comment);
        };
    }

    private static UniqueConstraint unique(Table t, UniqueConstraint u, int detail, int columnPick, String comment) {
        return switch (detail) {
            case 0 -> u.withDeferrable(!u.initiallyDeferred(), u.deferrable() && !u.initiallyDeferred());
            case 1 -> u.withInclude(include(t, u.columns(), u.include(), columnPick));
            default -> u.withComment(comment);
        };
    }

    /** No INCLUDE columns become one column outside the key; any INCLUDE columns become none. */
    private static List<String> include(Table t, List<String> key, List<String> include, int columnPick) {
        if (!include.isEmpty()) {
            return List.of();
        }
        Column extra = ModelEditor.pick(t.columns(), columnPick, c -> !key.contains(c.name()));
        return extra == null ? List.of() : List.of(extra.name());
    }
}
