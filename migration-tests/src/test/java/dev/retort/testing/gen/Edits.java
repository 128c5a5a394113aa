package dev.retort.testing.gen;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Edits implements each {@link Edit} so that the result stays valid: dropping a column drops what depends on
 * it (indexes, constraints, generated columns, foreign keys pointing at a key it was part of); a type change is
 * only made within a family PostgreSQL converts by assignment and only on columns nothing else depends on.
 */
final class Edits {

    private Edits() {
    }

    static SchemaModel addTable(SchemaModel m, Blueprint.TablePlan plan) {
        SchemaModel after = ModelEditor.addTable(m, plan);
        Table added = after.tables().stream().filter(t -> m.table(t.name()).isEmpty()).findFirst().orElseThrow();
        for (Blueprint.ForeignKeyPlan fk : plan.foreignKeys()) {
            after = ModelEditor.addForeignKey(after, added.name(), fk);
        }
        return after;
    }

    static SchemaModel dropTable(SchemaModel m, int pick) {
        if (m.tables().size() <= 1) {
            return m;
        }
        Table t = table(m, pick);
        return sweep(m.withTables(m.tables().stream().filter(x -> x != t).toList()));
    }

    static SchemaModel addColumn(SchemaModel m, int pick, Blueprint.ColumnPlan plan) {
        return onTable(m, pick, t -> {
            Set<String> names = new HashSet<>();
            t.columns().forEach(c -> names.add(c.name()));
            Blueprint.TablePlan one = new Blueprint.TablePlan("x", false,
                    List.of(plan.withName(Names.unique(plan.name(), names))), null, List.of(), List.of(),
                    List.of(), List.of(), null);
            Column c = ModelEditor.addTable(SchemaModel.empty().withEnums(m.enums()), one).tables().get(0)
                    .columns().get(0);
            if (plan.special() == 3) {
                c = ModelEditor.generated(c, t.columns(), plan.sourcePick(), Set.of());
            }
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(c);
            return t.withColumns(columns);
        });
    }

    static SchemaModel dropColumn(SchemaModel m, int pick, int columnPick) {
        Table t = table(m, pick);
        if (t == null || t.columns().size() <= 1) {
            return m;
        }
        Set<String> dropped = new HashSet<>();
        dropped.add(ModelEditor.pick(t.columns(), columnPick, c -> true).name());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Column c : t.columns()) {
                if (!dropped.contains(c.name()) && dropped.stream().anyMatch(d -> ModelEditor.mentions(c.generatedExpression(), d))) {
                    grew = dropped.add(c.name());
                }
            }
        }
        if (dropped.size() >= t.columns().size()) {
            return m;
        }
        Table u = t.withColumns(t.columns().stream().filter(c -> !dropped.contains(c.name())).toList());
        if (t.primaryKey() != null && (t.primaryKey().columns().stream().anyMatch(dropped::contains)
                || t.primaryKey().include().stream().anyMatch(dropped::contains))) {
            u = u.withPrimaryKey(null);
        }
        u = u.withUniqueConstraints(u.uniqueConstraints().stream()
                        .filter(x -> x.columns().stream().noneMatch(dropped::contains)
                                && x.include().stream().noneMatch(dropped::contains)).toList())
                .withCheckConstraints(u.checkConstraints().stream()
                        .filter(x -> dropped.stream().noneMatch(d -> ModelEditor.mentions(x.expression(), d))).toList())
                .withForeignKeys(u.foreignKeys().stream()
                        .filter(x -> x.columns().stream().noneMatch(dropped::contains)).toList())
                .withIndexes(u.indexes().stream().filter(x -> dropped.stream().noneMatch(d -> uses(x, d))).toList());
        return sweep(ModelEditor.replace(m, u));
    }

    static boolean uses(Index ix, String column) {
        if (ix.include().contains(column) || ModelEditor.mentions(ix.predicate(), column)) {
            return true;
        }
        for (IndexElement e : ix.elements()) {
            if (column.equals(e.column()) || ModelEditor.mentions(e.expression(), column)) {
                return true;
            }
        }
        return false;
    }

    static SchemaModel alterType(SchemaModel m, int pick, int columnPick, Blueprint.TypeChoice choice) {
        Table t = table(m, pick);
        if (t == null) {
            return m;
        }
        Column c = ModelEditor.pick(t.columns(), columnPick, x -> x.identity() == null && x.generatedExpression() == null);
        DataType to = Types.resolve(new Blueprint.TypeChoice(choice.kind(), choice.size(), choice.scale(), false, 0),
                List.of());
        if (c == null || Types.family(c.type()) == 0 || Types.family(c.type()) != Types.family(to)
                || c.type().equals(to) || isDependedOn(m, t, c.name())) {
            return m;
        }
        Column changed = c.withType(to).withDefault(c.defaultExpression() == null ? null : Defaults.forType(to, 1, m.enums()));
        return ModelEditor.replace(m, t.withColumns(t.columns().stream().map(x -> x == c ? changed : x).toList()));
    }

    /** True when an expression, FK, or non-btree / non-default-opclass index depends on the column's type. */
    private static boolean isDependedOn(SchemaModel m, Table t, String column) {
        boolean inExpressions = t.checkConstraints().stream().anyMatch(x -> ModelEditor.mentions(x.expression(), column))
                || t.columns().stream().anyMatch(x -> ModelEditor.mentions(x.generatedExpression(), column))
                || t.indexes().stream().anyMatch(ix -> ModelEditor.mentions(ix.predicate(), column)
                || !ix.method().equals("btree") && uses(ix, column)
                || ix.elements().stream().anyMatch(e -> ModelEditor.mentions(e.expression(), column)
                || column.equals(e.column()) && e.operatorClass() != null));
        boolean inForeignKeys = t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))
                || m.tables().stream().flatMap(x -> x.foreignKeys().stream())
                .anyMatch(f -> f.referencedTable().equals(t.name()) && f.referencedColumns().contains(column));
        return inExpressions || inForeignKeys;
    }

    static SchemaModel setNullable(SchemaModel m, int pick, int columnPick, boolean nullable) {
        return onColumn(m, pick, columnPick, (t, c) -> {
            boolean inPk = t.primaryKey() != null && t.primaryKey().columns().contains(c.name());
            return nullable && (inPk || c.identity() != null) ? c : c.withNullable(nullable);
        });
    }

    static SchemaModel setDefault(SchemaModel m, int pick, int columnPick, int choice) {
        return onColumn(m, pick, columnPick, (t, c) -> c.identity() != null || c.generatedExpression() != null
                ? c : c.withDefault(Defaults.forType(c.type(), choice, m.enums())));
    }

    static SchemaModel toggleIdentity(SchemaModel m, int pick, int columnPick, boolean always) {
        return onColumn(m, pick, columnPick, (t, c) -> {
            if (c.identity() != null) {
                return c.withIdentity(null);
            }
            boolean source = t.columns().stream().anyMatch(x -> ModelEditor.mentions(x.generatedExpression(), c.name()));
            if (!Types.isIntegral(c.type()) || c.generatedExpression() != null || source) {
                return c;
            }
            return c.withDefault(null).withNullable(false)
                    .withIdentity(always ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT);
        });
    }

    static SchemaModel setComment(SchemaModel m, int pick, int columnPick, String comment) {
        if (columnPick < 0) {
            return onTable(m, pick, t -> t.withComment(comment));
        }
        return onColumn(m, pick, columnPick, (t, c) -> c.withComment(comment));
    }

    static SchemaModel addIndex(SchemaModel m, int pick, Blueprint.IndexPlan plan) {
        Set<String> taken = ModelEditor.takenNames(m);
        return onTable(m, pick, t -> {
            Index ix = IndexPicker.index(t.columns(), plan, taken);
            if (ix == null) {
                return t;
            }
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(ix);
            return t.withIndexes(indexes);
        });
    }

    static SchemaModel dropIndex(SchemaModel m, int pick, int index) {
        return onTable(m, pick, t -> t.withIndexes(without(t.indexes(), index)));
    }

    static SchemaModel addUnique(SchemaModel m, int pick, Blueprint.KeyPlan plan) {
        Blueprint.TablePlan probe = probe(plan, false);
        return onTable(m, pick, t -> {
            return built(m, t, probe);
        });
    }

    static SchemaModel dropUnique(SchemaModel m, int pick, int unique) {
        return sweep(onTable(m, pick, t -> t.withUniqueConstraints(without(t.uniqueConstraints(), unique))));
    }

    static SchemaModel addCheck(SchemaModel m, int pick, Blueprint.CheckPlan plan) {
        Set<String> taken = ModelEditor.takenNames(m);
        return onTable(m, pick, t -> {
            List<CheckConstraint> checks = new ArrayList<>(t.checkConstraints());
            checks.add(new CheckConstraint(Names.unique(plan.name(), taken),
                    ModelEditor.checkExpression(t.columns(), plan, m)));
            return t.withCheckConstraints(checks);
        });
    }

    static SchemaModel dropCheck(SchemaModel m, int pick, int check) {
        return onTable(m, pick, t -> t.withCheckConstraints(without(t.checkConstraints(), check)));
    }

    static SchemaModel addForeignKey(SchemaModel m, int pick, Blueprint.ForeignKeyPlan plan) {
        Table t = table(m, pick);
        return t == null ? m : ModelEditor.addForeignKey(m, t.name(), plan);
    }

    static SchemaModel dropForeignKey(SchemaModel m, int pick, int fk) {
        return onTable(m, pick, t -> t.withForeignKeys(without(t.foreignKeys(), fk)));
    }

    static SchemaModel setPrimaryKey(SchemaModel m, int pick, Blueprint.KeyPlan plan) {
        Blueprint.TablePlan probe = probe(plan, true);
        return sweep(onTable(m, pick, t -> {
            PrimaryKey pk = built(m, t.withPrimaryKey(null), probe).primaryKey();
            return pk == null ? t : ModelEditor.withNotNull(t.withPrimaryKey(pk), pk.columns());
        }));
    }

    static SchemaModel dropPrimaryKey(SchemaModel m, int pick) {
        return sweep(onTable(m, pick, t -> t.withPrimaryKey(null)));
    }

    static SchemaModel addEnumValue(SchemaModel m, int pick, String label, int position) {
        if (m.enums().isEmpty()) {
            return m;
        }
        EnumType e = m.enums().get(Math.floorMod(pick, m.enums().size()));
        if (e.values().contains(label)) {
            return m;
        }
        List<String> values = new ArrayList<>(e.values());
        values.add(Math.floorMod(position, values.size() + 1), label);
        List<EnumType> enums = new ArrayList<>(m.enums());
        enums.set(enums.indexOf(e), new EnumType(e.name(), values, e.comment()));
        return m.withEnums(enums);
    }

    /**
     * Removes a label (PostgreSQL cannot: the engine has to recreate the type); defaults equal to that label are
     * dropped and checks naming it are removed, so the model stays valid.
     */
    static SchemaModel dropEnumValue(SchemaModel m, int pick, int labelPick) {
        if (m.enums().isEmpty()) {
            return m;
        }
        EnumType e = m.enums().get(Math.floorMod(pick, m.enums().size()));
        if (e.values().size() < 2) {
            return m;
        }
        String label = e.values().get(Math.floorMod(labelPick, e.values().size()));
        String literal = dev.retort.schema.model.Identifiers.literal(label);
        List<String> values = new ArrayList<>(e.values());
        values.remove(label);
        List<EnumType> enums = new ArrayList<>(m.enums());
        enums.set(enums.indexOf(e), new EnumType(e.name(), values, e.comment()));
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            List<Column> columns = t.columns().stream().map(c -> literal.equals(c.defaultExpression())
                    && usesEnum(c, e) ? c.withDefault(null) : c).toList();
            tables.add(t.withColumns(columns).withCheckConstraints(t.checkConstraints().stream()
                    .filter(k -> !k.expression().contains(literal)).toList()));
        }
        return m.withEnums(enums).withTables(tables);
    }

    private static boolean usesEnum(Column c, EnumType e) {
        DataType type = c.type() instanceof ArrayType ? ((ArrayType) c.type()).element() : c.type();
        return type instanceof UserDefinedType && ((UserDefinedType) type).name().equals(e.name());
    }

    static SchemaModel dropEnum(SchemaModel m, int pick) {
        if (m.enums().isEmpty()) {
            return m;
        }
        EnumType e = m.enums().get(Math.floorMod(pick, m.enums().size()));
        boolean used = m.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> {
            DataType type = c.type() instanceof ArrayType ? ((ArrayType) c.type()).element() : c.type();
            return type instanceof UserDefinedType && ((UserDefinedType) type).name().equals(e.name());
        });
        return used ? m : m.withEnums(m.enums().stream().filter(x -> x != e).toList());
    }

    static SchemaModel dropSequence(SchemaModel m, int pick) {
        if (m.sequences().isEmpty()) {
            return m;
        }
        dev.retort.schema.model.Sequence s = m.sequences().get(Math.floorMod(pick, m.sequences().size()));
        return m.withSequences(m.sequences().stream().filter(x -> x != s).toList());
    }

    static SchemaModel alterSequence(SchemaModel m, int pick, Blueprint.SequencePlan plan) {
        if (m.sequences().isEmpty()) {
            return m;
        }
        dev.retort.schema.model.Sequence s = m.sequences().get(Math.floorMod(pick, m.sequences().size()));
        List<dev.retort.schema.model.Sequence> all = new ArrayList<>(m.sequences());
        all.set(all.indexOf(s), ModelEditor.sequence(s.name(), plan));
        return m.withSequences(all);
    }

    /** Removes foreign keys whose referenced key, table or column types no longer match. */
    static SchemaModel sweep(SchemaModel m) {
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            tables.add(t.withForeignKeys(t.foreignKeys().stream().filter(f -> stillValid(m, t, f)).toList()));
        }
        return m.withTables(tables);
    }

    private static boolean stillValid(SchemaModel m, Table owner, ForeignKey f) {
        Table target = m.table(f.referencedTable()).orElse(null);
        if (target == null) {
            return false;
        }
        // PostgreSQL cannot reference a deferrable key
        boolean keyed = target.primaryKey() != null && !target.primaryKey().deferrable()
                && target.primaryKey().columns().equals(f.referencedColumns())
                || target.uniqueConstraints().stream().anyMatch(u -> !u.deferrable() && u.columns().equals(f.referencedColumns()));
        if (!keyed) {
            return false;
        }
        for (int i = 0; i < f.columns().size(); i++) {
            Column source = owner.column(f.columns().get(i)).orElse(null);
            Column referenced = target.column(f.referencedColumns().get(i)).orElse(null);
            if (source == null || referenced == null || !Objects.equals(source.type(), referenced.type())) {
                return false;
            }
        }
        return true;
    }

    private static Blueprint.TablePlan probe(Blueprint.KeyPlan plan, boolean primary) {
        return new Blueprint.TablePlan("probe", false, List.of(), primary ? plan : null,
                primary ? List.of() : List.of(plan), List.of(), List.of(), List.of(), null);
    }

    /** Builds a key plan against the columns of {@code t}, with names unique in {@code m}. */
    private static Table built(SchemaModel m, Table t, Blueprint.TablePlan probe) {
        Set<String> taken = ModelEditor.takenNames(m);
        return ModelEditor.keysFor(t, probe, taken);
    }

    private static Table table(SchemaModel m, int pick) {
        return m.tables().isEmpty() ? null : m.tables().get(Math.floorMod(pick, m.tables().size()));
    }

    private static SchemaModel onTable(SchemaModel m, int pick, UnaryOperator<Table> change) {
        Table t = table(m, pick);
        return t == null ? m : ModelEditor.replace(m, change.apply(t));
    }

    private static SchemaModel onColumn(SchemaModel m, int pick, int columnPick,
                                        java.util.function.BiFunction<Table, Column, Column> change) {
        return onTable(m, pick, t -> {
            Column c = ModelEditor.pick(t.columns(), columnPick, x -> true);
            Column changed = change.apply(t, c);
            return t.withColumns(t.columns().stream().map(x -> x == c ? changed : x).toList());
        });
    }

    private static <T> List<T> without(List<T> items, int pick) {
        if (items.isEmpty()) {
            return items;
        }
        List<T> rest = new ArrayList<>(items);
        rest.remove(Math.floorMod(pick, items.size()));
        return rest;
    }
}
