package dev.retort.testing.gen;

import java.util.List;

/**
 * Blueprint holds the raw random choices a schema or an edit is built from. Choices are plain values (names,
 * small ints that pick among what exists) so that jqwik shrinks them towards simpler schemas; {@link
 * ModelEditor} turns them into a valid model, skipping or repairing whatever does not fit.
 */
public interface Blueprint {

    /** A column type: kind selects the base type, size/scale its modifiers, enumPick which enum. */
    record TypeChoice(int kind, int size, int scale, boolean array, int enumPick) implements Blueprint {
    }

    /** special: 0 plain, 1 identity ALWAYS, 2 identity BY DEFAULT, 3 generated stored. */
    record ColumnPlan(String name, TypeChoice type, boolean nullable, int defaultChoice, int special,
                      int sourcePick, String comment) implements Blueprint {

        ColumnPlan withName(String newName) {
            return new ColumnPlan(newName, type, nullable, defaultChoice, special, sourcePick, comment);
        }
    }

    record KeyPlan(String name, List<Integer> columnPicks, boolean nullsNotDistinct) implements Blueprint {
    }

    /** kind: 0 IS NOT NULL, 1 numeric range, 2 text length, 3 two columns, 4 enum label. */
    record CheckPlan(String name, int kind, int columnPick, int otherPick) implements Blueprint {
    }

    record ElementPlan(int columnPick, boolean expression, boolean descending, boolean nullsFirst,
                       boolean alternativeOpclass) implements Blueprint {
    }

    /** method: 0 btree, 1 hash, 2 gin, 3 brin, 4 spgist. predicateKind 0 means a full index. */
    record IndexPlan(String name, int method, boolean unique, boolean nullsNotDistinct, List<ElementPlan> elements,
                     List<Integer> includePicks, int predicateKind, int predicatePick) implements Blueprint {
    }

    /** targetPick selects the referenced table, keyPick its PK or unique; reuse prefers existing columns. */
    record ForeignKeyPlan(String name, int targetPick, int keyPick, boolean reuseColumns, int onDelete,
                          int onUpdate, boolean deferrable, boolean initiallyDeferred) implements Blueprint {
    }

    record TablePlan(String name, boolean secondSchema, List<ColumnPlan> columns, KeyPlan primaryKey,
                     List<KeyPlan> uniques, List<CheckPlan> checks, List<IndexPlan> indexes,
                     List<ForeignKeyPlan> foreignKeys, String comment) implements Blueprint {
    }

    record EnumPlan(String name, boolean secondSchema, List<String> labels, String comment) implements Blueprint {
    }

    /** typeKind: 0 bigint, 1 integer, 2 smallint; descending sequences count down from -1. */
    record SequencePlan(String name, boolean secondSchema, int typeKind, boolean descending, int startOffset,
                        int increment, int cache, boolean cycle, String comment) implements Blueprint {
    }

    /** secondSchema is the name of a second managed schema, or null for {@code public} only. */
    record SchemaPlan(String secondSchema, List<EnumPlan> enums, List<SequencePlan> sequences, List<TablePlan> tables)
            implements Blueprint {
    }
}
