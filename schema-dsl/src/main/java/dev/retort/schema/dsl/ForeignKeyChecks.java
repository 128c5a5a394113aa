package dev.retort.schema.dsl;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ForeignKeyChecks checks a table's foreign keys against their targets: the table and columns exist, the
 * column counts and types match, and the referenced columns are exactly a primary key or a unique key.
 */
final class ForeignKeyChecks {

    private final SchemaModel model;
    private final Set<QualifiedName> unchecked;

    ForeignKeyChecks(SchemaModel model, Set<QualifiedName> unchecked) {
        this.model = model;
        this.unchecked = unchecked;
    }

    void check(Table table, List<String> problems) {
        String subject = "table " + Messages.table(table.name());
        List<String> names = table.columns().stream().map(Column::name).toList();
        for (ForeignKey fk : table.foreignKeys()) {
            String what = "foreign key " + fk.name();
            NameChecks.length(subject, "foreign key name", fk.name(), problems);
            TableChecks.known(subject, what, fk.columns(), names, problems);
            if (fk.columns().isEmpty()) {
                problems.add(subject + ": " + what + " has no columns (list the referencing columns)");
            }
            if (unchecked.contains(fk.referencedTable())) {
                continue;
            }
            Optional<Table> target = model.table(fk.referencedTable());
            if (target.isEmpty()) {
                List<String> tables = model.tables().stream().map(t -> Messages.table(t.name())).toList();
                problems.add(subject + ": " + what + " references unknown table \"" + Messages.table(fk.referencedTable())
                        + "\" " + Suggestions.hint(Messages.table(fk.referencedTable()), tables, "table"));
                continue;
            }
            against(subject, what, table, fk, dev.retort.schema.model.InheritedColumns.effective(model, target.get()), problems);
        }
    }

    private void against(String subject, String what, Table table, ForeignKey fk, Table target, List<String> problems) {
        String targetName = Messages.table(target.name());
        List<String> targetNames = target.columns().stream().map(Column::name).toList();
        boolean allKnown = true;
        for (String column : fk.referencedColumns()) {
            if (!targetNames.contains(column)) {
                allKnown = false;
                problems.add(subject + ": " + what + " references unknown column \"" + column + "\" of table "
                        + targetName + " " + Suggestions.hint(column, targetNames, "column"));
            }
        }
        if (fk.columns().size() != fk.referencedColumns().size()) {
            problems.add(subject + ": " + what + " has " + fk.columns().size() + " column(s) but references "
                    + fk.referencedColumns().size() + " column(s) of " + targetName
                    + " (list as many referenced columns as referencing ones, pairwise)");
            return;
        }
        if (!allKnown) {
            return;
        }
        for (int i = 0; i < fk.columns().size(); i++) {
            Optional<Column> local = table.column(fk.columns().get(i));
            Column remote = target.column(fk.referencedColumns().get(i)).orElseThrow();
            if (local.isPresent() && !TypeFamilies.compatible(local.get().type(), remote.type())) {
                problems.add(subject + ": " + what + " column \"" + local.get().name() + "\" is "
                        + local.get().type().sql() + " but references " + targetName + "." + remote.name()
                        + " of type " + remote.type().sql() + " (make the types match)");
            }
        }
        if (target.options().unlogged() && !table.options().unlogged()) {
            problems.add(subject + ": " + what + " references unlogged table " + targetName + " (PostgreSQL lets only"
                    + " unlogged tables reference an unlogged one; make " + targetName + " logged or this table unlogged)");
        }
        String deferrable = deferrableKey(target, fk.referencedColumns());
        boolean key = isKey(target, fk.referencedColumns());
        if (!key && deferrable != null) {
            problems.add(subject + ": " + what + " references " + targetName + "(" + String.join(", ", fk.referencedColumns())
                    + "), whose key " + deferrable + " is deferrable (PostgreSQL cannot reference a deferrable key;"
                    + " drop deferrable()/initiallyDeferred() from " + deferrable + ", or reference another key)");
        } else if (!key) {
            problems.add(subject + ": " + what + " references " + targetName + "(" + String.join(", ", fk.referencedColumns())
                    + "), which is neither the primary key nor unique (reference the primary key, or declare "
                    + "unique(\"" + String.join("\", \"", fk.referencedColumns()) + "\") on " + targetName + ")");
        }
    }

    /** The name of the deferrable primary key or unique constraint over exactly {@code columns}, or null. */
    static String deferrableKey(Table table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        if (table.primaryKey() != null && table.primaryKey().deferrable()
                && new HashSet<>(table.primaryKey().columns()).equals(wanted)) {
            return table.primaryKey().name();
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            if (unique.deferrable() && new HashSet<>(unique.columns()).equals(wanted)) {
                return unique.name();
            }
        }
        return null;
    }

    /** True when {@code columns}, as a set, are the non-deferrable primary key, a unique constraint or a plain unique index. */
    static boolean isKey(Table table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        if (wanted.size() != columns.size()) {
            return false;
        }
        if (table.primaryKey() != null && !table.primaryKey().deferrable()
                && new HashSet<>(table.primaryKey().columns()).equals(wanted)) {
            return true;
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            if (!unique.deferrable() && new HashSet<>(unique.columns()).equals(wanted)) {
                return true;
            }
        }
        for (Index index : table.indexes()) {
            if (!index.unique() || index.predicate() != null || index.elements().stream().anyMatch(e -> e.isExpression())) {
                continue;
            }
            List<String> indexColumns = new ArrayList<>();
            index.elements().forEach(e -> indexColumns.add(e.column()));
            if (new HashSet<>(indexColumns).equals(wanted) && indexColumns.size() == columns.size()) {
                return true;
            }
        }
        return false;
    }
}
