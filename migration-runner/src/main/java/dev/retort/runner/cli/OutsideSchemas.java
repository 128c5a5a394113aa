package dev.retort.runner.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.retort.diff.DiffResult;
import dev.retort.diff.change.AddColumn;
import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.change.CreateTable;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;

/**
 * OutsideSchemas names the changes of a diff limited by {@code --schemas} that reference an object in a schema
 * outside that list (a foreign key target, a column type): the script relies on it existing on the target.
 */
final class OutsideSchemas {

    private OutsideSchemas() {
    }

    /** One note per change and outside object, e.g. {@code "note: add foreign key ...: references ref.codes, outside --schemas [public]"}. */
    static List<String> notes(DiffResult result, Collection<String> schemas) {
        List<String> notes = new ArrayList<>();
        for (SchemaChange change : result.changes()) {
            for (QualifiedName ref : references(change)) {
                if (!schemas.contains(ref.schema()) && !"pg_catalog".equals(ref.schema())) {
                    notes.add("note: " + change.describe() + ": references " + ref + ", outside --schemas "
                            + schemas + " (not compared; it must exist where the script runs)");
                }
            }
        }
        return notes;
    }

    private static Set<QualifiedName> references(SchemaChange change) {
        Set<QualifiedName> refs = new LinkedHashSet<>();
        if (change instanceof CreateTable create) {
            create.table().columns().forEach(c -> type(c, refs));
            create.table().foreignKeys().stream().map(ForeignKey::referencedTable).forEach(refs::add);
        } else if (change instanceof AddColumn add) {
            type(add.column(), refs);
        } else if (change instanceof AddForeignKey add) {
            refs.add(add.foreignKey().referencedTable());
        } else if (change instanceof AlterColumnType alter) {
            type(alter.to(), refs);
        }
        return refs;
    }

    private static void type(Column column, Set<QualifiedName> refs) {
        DataType type = column.type();
        while (type instanceof ArrayType array) {
            type = array.element();
        }
        if (type instanceof UserDefinedType udt) {
            refs.add(udt.name());
        }
    }
}
