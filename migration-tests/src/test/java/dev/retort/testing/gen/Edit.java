package dev.retort.testing.gen;

import dev.retort.schema.model.SchemaModel;

/**
 * Edit is one random change to a schema, given as picks that {@link Edits} interprets against the current
 * model: a pick selects among what exists (modulo its size), and an edit that does not apply is a no-op, so
 * every sequence of edits turns a valid model into a valid model.
 */
public sealed interface Edit {

    /** The model after this edit. */
    SchemaModel applyTo(SchemaModel m);

    record AddTable(Blueprint.TablePlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.addTable(m, plan);
        }
    }

    record DropTable(int table) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropTable(m, table);
        }
    }

    record AddColumn(int table, Blueprint.ColumnPlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.addColumn(m, table, plan);
        }
    }

    record DropColumn(int table, int column) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropColumn(m, table, column);
        }
    }

    record AlterColumnType(int table, int column, Blueprint.TypeChoice type) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.alterType(m, table, column, type);
        }
    }

    record SetNullable(int table, int column, boolean nullable) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.setNullable(m, table, column, nullable);
        }
    }

    record SetDefault(int table, int column, int choice) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.setDefault(m, table, column, choice);
        }
    }

    record ToggleIdentity(int table, int column, boolean always) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.toggleIdentity(m, table, column, always);
        }
    }

    /** column below zero comments the table itself; a null comment removes it. */
    record SetComment(int table, int column, String comment) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.setComment(m, table, column, comment);
        }
    }

    record AddIndex(int table, Blueprint.IndexPlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.addIndex(m, table, plan);
        }
    }

    record DropIndex(int table, int index) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropIndex(m, table, index);
        }
    }

    record AddUnique(int table, Blueprint.KeyPlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.addUnique(m, table, plan);
        }
    }

    record DropUnique(int table, int unique) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropUnique(m, table, unique);
        }
    }

    record AddCheck(int table, Blueprint.CheckPlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.addCheck(m, table, plan);
        }
    }

    record DropCheck(int table, int check) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropCheck(m, table, check);
        }
    }

    record AddForeignKey(int table, Blueprint.ForeignKeyPlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.addForeignKey(m, table, plan);
        }
    }

    record DropForeignKey(int table, int foreignKey) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropForeignKey(m, table, foreignKey);
        }
    }

    record SetPrimaryKey(int table, Blueprint.KeyPlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.setPrimaryKey(m, table, plan);
        }
    }

    record DropPrimaryKey(int table) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropPrimaryKey(m, table);
        }
    }

    record AddEnum(Blueprint.EnumPlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return ModelEditor.addEnum(m, plan);
        }
    }

    record AddEnumValue(int enumType, String label, int position) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.addEnumValue(m, enumType, label, position);
        }
    }

    record DropEnumValue(int enumType, int label) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropEnumValue(m, enumType, label);
        }
    }

    record DropEnum(int enumType) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropEnum(m, enumType);
        }
    }

    record AddSequence(Blueprint.SequencePlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return ModelEditor.addSequence(m, plan);
        }
    }

    record DropSequence(int sequence) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.dropSequence(m, sequence);
        }
    }

    /** Changes a sequence's options (type, direction, start, increment, cache, cycle, comment), keeping its name. */
    record AlterSequence(int sequence, Blueprint.SequencePlan plan) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Edits.alterSequence(m, sequence, plan);
        }
    }

    /** Renames a column with a rename hint, as the DSL's renamedFrom declares it. */
    record RenameColumn(int table, int column, String newName) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Renames.renameColumn(m, table, column, newName);
        }
    }

    /** Renames a table with a rename hint. */
    record RenameTable(int table, String newName) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return Renames.renameTable(m, table, newName);
        }
    }

    /**
     * Changes one detail of an existing constraint: deferrability, INCLUDE columns or comment of a key; NOT VALID,
     * NO INHERIT or comment of a check; NOT VALID, MATCH FULL or comment of a foreign key.
     */
    record ConstraintDetail(int table, int constraint, int detail, int columnPick, String comment) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return ConstraintDetails.change(m, table, constraint, detail, columnPick, comment);
        }
    }

    /** Changes one detail of a column: collation (0), identity sequence options (1), storage or compression (2). */
    record ColumnDetail(int table, int column, int detail, int pick) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return ColumnDetails.change(m, table, column, detail, pick);
        }
    }

    /** Changes one detail of an index: comment (0), fillfactor (1), collation of a text key part (2). */
    record IndexDetail(int table, int index, int detail, int pick, String comment) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return IndexDetails.change(m, table, index, detail, pick, comment);
        }
    }

    /** Changes one option of a table: UNLOGGED (0), storage parameters (1), replica identity (2). */
    record TableDetail(int table, int detail, int pick) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return TableDetails.change(m, table, detail, pick);
        }
    }

    /** Adds or drops one of a few contrib extensions (see {@link ObjectEdits}). */
    record ToggleExtension(int pick, String comment) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return ObjectEdits.toggleExtension(m, pick, comment);
        }
    }

    record ToggleFunction(int pick, String comment) implements Edit {
        public SchemaModel applyTo(SchemaModel m) {
            return ObjectEdits.toggleFunction(m, pick, comment);
        }
    }
}
