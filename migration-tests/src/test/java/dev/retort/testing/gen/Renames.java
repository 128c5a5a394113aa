package dev.retort.testing.gen;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renames renames a column or a table everywhere it is named (keys, indexes, foreign keys of every table, and
 * expressions, which the generators always write with quoted names) and records the DSL's rename hint, pointing
 * at the name the object had in the first model of the edit sequence.
 */
final class Renames {

    private Renames() {
    }

    static SchemaModel renameColumn(SchemaModel m, int tablePick, int columnPick, String wanted) {
        if (m.tables().isEmpty()) {
            return m;
        }
        Table t = m.tables().get(Math.floorMod(tablePick, m.tables().size()));
        Column c = ModelEditor.pick(t.columns(), columnPick, x -> true);
        Set<String> names = new HashSet<>();
        t.columns().forEach(x -> names.add(x.name()));
        String to = Names.unique(wanted, names);
        String from = c.name();
        String hint = c.renamedFrom() != null ? c.renamedFrom() : from;
        List<Column> columns = new ArrayList<>();
        for (Column x : t.columns()) {
            Column y = x == c ? x.withName(to).withRenamedFrom(hint) : x;
            columns.add(y.withGenerated(swap(y.generatedExpression(), from, to)));
        }
        PrimaryKey pk = t.primaryKey() == null ? null : t.primaryKey()
                .withColumns(swapAll(t.primaryKey().columns(), from, to)).withInclude(swapAll(t.primaryKey().include(), from, to));
        Table renamed = t.withColumns(columns).withPrimaryKey(pk)
                .withUniqueConstraints(t.uniqueConstraints().stream()
                        .map(u -> u.withColumns(swapAll(u.columns(), from, to)).withInclude(swapAll(u.include(), from, to))).toList())
                .withCheckConstraints(t.checkConstraints().stream()
                        .map(k -> k.withExpression(swap(k.expression(), from, to))).toList())
                .withIndexes(t.indexes().stream().map(ix -> index(ix, from, to)).toList())
                .withForeignKeys(t.foreignKeys().stream()
                        .map(f -> withColumns(f, swapAll(f.columns(), from, to), f.referencedTable(), f.referencedColumns())).toList());
        SchemaModel result = ModelEditor.replace(m, renamed);
        List<Table> tables = new ArrayList<>();
        for (Table x : result.tables()) {
            tables.add(x.withForeignKeys(x.foreignKeys().stream().map(f -> f.referencedTable().equals(t.name())
                    ? withColumns(f, f.columns(), f.referencedTable(), swapAll(f.referencedColumns(), from, to)) : f).toList()));
        }
        return result.withTables(tables);
    }

    static SchemaModel renameTable(SchemaModel m, int tablePick, String wanted) {
        if (m.tables().isEmpty()) {
            return m;
        }
        Table t = m.tables().get(Math.floorMod(tablePick, m.tables().size()));
        QualifiedName to = QualifiedName.of(t.name().schema(), Names.unique(wanted, ModelEditor.takenNames(m)));
        String hint = t.renamedFrom() != null ? t.renamedFrom() : t.name().name();
        Table moved = renameConstraints(t, ModelEditor.takenNames(m));
        List<Table> tables = new ArrayList<>();
        for (Table x : m.tables()) {
            Table y = x == t ? moved.withName(to).withRenamedFrom(hint) : x;
            tables.add(y.withForeignKeys(y.foreignKeys().stream().map(f -> f.referencedTable().equals(t.name())
                    ? withColumns(f, f.columns(), to, f.referencedColumns()) : f).toList()));
        }
        return m.withTables(tables);
    }

    /**
     * Gives the table's keys, constraints and indexes new names, as a naming convention does when a table is renamed:
     * the differ must rename them, not drop and add them.
     */
    private static Table renameConstraints(Table t, java.util.Set<String> taken) {
        java.util.function.UnaryOperator<String> fresh = n -> {
            String name = Names.unique(Names.fit(n, 50) + "_r", taken);
            taken.add(name);
            return name;
        };
        Table r = t.primaryKey() == null ? t : t.withPrimaryKey(t.primaryKey().withName(fresh.apply(t.primaryKey().name())));
        return r.withUniqueConstraints(r.uniqueConstraints().stream().map(u -> u.withName(fresh.apply(u.name()))).toList())
                .withCheckConstraints(r.checkConstraints().stream().map(k -> k.withName(fresh.apply(k.name()))).toList())
                .withForeignKeys(r.foreignKeys().stream().map(f -> f.withName(fresh.apply(f.name()))).toList())
                .withIndexes(r.indexes().stream().map(ix -> ix.withName(fresh.apply(ix.name()))).toList());
    }

    private static Index index(Index ix, String from, String to) {
        List<IndexElement> elements = new ArrayList<>();
        for (IndexElement e : ix.elements()) {
            elements.add(new IndexElement(from.equals(e.column()) ? to : e.column(), swap(e.expression(), from, to),
                    e.descending(), e.nullsFirst(), e.operatorClass(), e.collation()));
        }
        return new Index(ix.name(), ix.unique(), ix.method(), elements, swapAll(ix.include(), from, to),
                swap(ix.predicate(), from, to), ix.nullsNotDistinct(), ix.storageParameters(), ix.comment());
    }

    private static ForeignKey withColumns(ForeignKey f, List<String> columns, QualifiedName target, List<String> referenced) {
        return f.withReference(columns, target, referenced);
    }

    private static List<String> swapAll(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    private static String swap(String expression, String from, String to) {
        return expression == null ? null : expression.replace(ModelEditor.q(from), ModelEditor.q(to));
    }
}
