package dev.retort.testing.gen;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * ModelEditor builds valid models from blueprints: it allocates unique names, picks existing columns for keys,
 * indexes and foreign keys, matches FK column types to the referenced key, and skips what cannot be built.
 * Every method takes a valid model and returns a valid model.
 */
final class ModelEditor {

    private ModelEditor() {
    }

    /** The model a schema blueprint describes: enums, then tables, then foreign keys (so cycles can form). */
    static SchemaModel build(Blueprint.SchemaPlan plan) {
        List<String> schemas = plan.secondSchema() == null ? List.of("public") : List.of("public", plan.secondSchema());
        SchemaModel m = new SchemaModel(schemas, List.of(), List.of(), List.of());
        for (Blueprint.EnumPlan e : plan.enums()) {
            m = addEnum(m, e);
        }
        for (Blueprint.SequencePlan sp : plan.sequences()) {
            m = addSequence(m, sp);
        }
        List<QualifiedName> created = new ArrayList<>();
        for (Blueprint.TablePlan t : plan.tables()) {
            SchemaModel before = m;
            m = addTable(m, t);
            created.add(m.tables().stream().filter(x -> before.table(x.name()).isEmpty()).findFirst()
                    .orElseThrow().name());
        }
        for (int i = 0; i < created.size(); i++) {
            for (Blueprint.ForeignKeyPlan fk : plan.tables().get(i).foreignKeys()) {
                m = addForeignKey(m, created.get(i), fk);
            }
        }
        return m;
    }

    static String q(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static boolean mentions(String expression, String column) {
        return expression != null && expression.contains(q(column));
    }

    static Set<String> takenNames(SchemaModel m) {
        Set<String> names = new HashSet<>(m.schemas());
        m.enums().forEach(e -> names.add(e.name().name()));
        m.sequences().forEach(s -> names.add(s.name().name()));
        for (Table t : m.tables()) {
            names.add(t.name().name());
            if (t.primaryKey() != null) {
                names.add(t.primaryKey().name());
            }
            t.uniqueConstraints().forEach(u -> names.add(u.name()));
            t.checkConstraints().forEach(c -> names.add(c.name()));
            t.foreignKeys().forEach(f -> names.add(f.name()));
            t.indexes().forEach(i -> names.add(i.name()));
        }
        return names;
    }

    static String schemaFor(SchemaModel m, boolean second) {
        return second && m.schemas().size() > 1 ? m.schemas().stream().filter(s -> !s.equals("public")).findFirst()
                .orElseThrow() : "public";
    }

    static SchemaModel addEnum(SchemaModel m, Blueprint.EnumPlan plan) {
        String name = Names.unique(plan.name(), takenNames(m));
        List<String> labels = new ArrayList<>(new LinkedHashSet<>(plan.labels()));
        if (labels.isEmpty()) {
            labels.add("a");
        }
        List<EnumType> enums = new ArrayList<>(m.enums());
        enums.add(new EnumType(QualifiedName.of(schemaFor(m, plan.secondSchema()), name), labels, plan.comment()));
        return m.withEnums(enums);
    }

    static SchemaModel addSequence(SchemaModel m, Blueprint.SequencePlan plan) {
        String name = Names.unique(plan.name(), takenNames(m));
        List<Sequence> sequences = new ArrayList<>(m.sequences());
        sequences.add(sequence(QualifiedName.of(schemaFor(m, plan.secondSchema()), name), plan));
        return m.withSequences(sequences);
    }

    /** A sequence consistent with PostgreSQL's rules: min <= start <= max, bounds within the data type. */
    static Sequence sequence(QualifiedName name, Blueprint.SequencePlan plan) {
        String[] types = {"bigint", "integer", "smallint"};
        long[] max = {Long.MAX_VALUE, Integer.MAX_VALUE, Short.MAX_VALUE};
        long[] min = {Long.MIN_VALUE, Integer.MIN_VALUE, Short.MIN_VALUE};
        int k = Math.floorMod(plan.typeKind(), 3);
        long increment = 1 + Math.floorMod(plan.increment(), 5);
        long offset = Math.floorMod(plan.startOffset(), 1000);
        long cache = 1 + Math.floorMod(plan.cache(), 3);
        if (plan.descending()) {
            return new Sequence(name, types[k], -1 - offset, -increment, min[k], -1, cache, plan.cycle(), null,
                    plan.comment());
        }
        return new Sequence(name, types[k], 1 + offset, increment, 1, max[k], cache, plan.cycle(), null, plan.comment());
    }

    static SchemaModel addTable(SchemaModel m, Blueprint.TablePlan plan) {
        Set<String> taken = takenNames(m);
        QualifiedName name = QualifiedName.of(schemaFor(m, plan.secondSchema()), Names.unique(plan.name(), taken));
        taken.add(name.name());
        List<Column> columns = new ArrayList<>();
        Set<String> columnNames = new HashSet<>();
        for (Blueprint.ColumnPlan c : plan.columns()) {
            String cn = Names.unique(c.name(), columnNames);
            columnNames.add(cn);
            columns.add(plainColumn(c.withName(cn), m));
        }
        Set<String> toGenerate = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (plan.columns().get(i).special() == 3) {
                toGenerate.add(columns.get(i).name());
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (toGenerate.contains(columns.get(i).name())) {
                columns.set(i, generated(columns.get(i), columns, plan.columns().get(i).sourcePick(), toGenerate));
            }
        }
        Table t = keysFor(Table.named(name).withColumns(columns).withComment(plan.comment()), plan, taken);
        List<CheckConstraint> checks = new ArrayList<>();
        for (Blueprint.CheckPlan c : plan.checks()) {
            String cn = Names.unique(c.name(), taken);
            taken.add(cn);
            checks.add(new CheckConstraint(cn, checkExpression(t.columns(), c, m)));
        }
        t = t.withCheckConstraints(checks);
        List<Index> indexes = new ArrayList<>();
        for (Blueprint.IndexPlan ip : plan.indexes()) {
            Index ix = IndexPicker.index(t.columns(), ip, taken);
            if (ix != null) {
                taken.add(ix.name());
                indexes.add(ix);
            }
        }
        t = t.withIndexes(indexes);
        List<Table> tables = new ArrayList<>(m.tables());
        tables.add(t);
        return m.withTables(tables);
    }

    /** Adds the plan's primary key (if any) and unique constraints to {@code t}, over its keyable columns. */
    static Table keysFor(Table t, Blueprint.TablePlan plan, Set<String> taken) {
        List<Column> columns = t.columns();
        if (plan.primaryKey() != null) {
            List<String> keyCols = pickColumns(columns, plan.primaryKey().columnPicks(), ModelEditor::keyable);
            if (!keyCols.isEmpty()) {
                String pk = Names.unique(plan.primaryKey().name(), taken);
                taken.add(pk);
                t = withNotNull(t.withPrimaryKey(new PrimaryKey(pk, keyCols)), keyCols);
            }
        }
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
        for (Blueprint.KeyPlan u : plan.uniques()) {
            List<String> cols = pickColumns(columns, u.columnPicks(), ModelEditor::keyable);
            if (!cols.isEmpty()) {
                String un = Names.unique(u.name(), taken);
                taken.add(un);
                uniques.add(new UniqueConstraint(un, cols, u.nullsNotDistinct()));
            }
        }
        return t.withUniqueConstraints(uniques);
    }

    private static Column plainColumn(Blueprint.ColumnPlan c, SchemaModel m) {
        DataType type = Types.resolve(c.type(), m.enums());
        Column col = Column.of(c.name(), type).withNullable(c.nullable()).withComment(c.comment());
        if ((c.special() == 1 || c.special() == 2) && Types.isIntegral(type)) {
            return col.withNullable(false)
                    .withIdentity(c.special() == 1 ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT);
        }
        return col.withDefault(Defaults.forType(type, c.defaultChoice(), m.enums()));
    }

    /** Turns {@code target} into a stored generated column computed from another plain column, if one fits. */
    static Column generated(Column target, List<Column> columns, int sourcePick, Set<String> excluded) {
        DataType tt = target.type();
        List<Column> plain = columns.stream()
                .filter(c -> !c.name().equals(target.name()) && !excluded.contains(c.name()) && c.identity() == null
                        && c.generatedExpression() == null)
                .toList();
        String expression = null;
        if (Types.isNumeric(tt)) {
            Column src = pick(plain, sourcePick, c -> Types.isIntegral(c.type()));
            expression = src == null ? null : "(" + q(src.name()) + " * 2)";
        } else if (Types.isTextual(tt)) {
            Column src = pick(plain, sourcePick, c -> Types.isTextual(c.type()));
            expression = src == null ? null : "lower(" + q(src.name()) + ")";
        } else if (Types.name(tt).equals("boolean")) {
            Column src = pick(plain, sourcePick, c -> true);
            expression = src == null ? null : "(" + q(src.name()) + " IS NOT NULL)";
        }
        if (expression == null) {
            Column src = pick(plain, sourcePick, c -> c.type().equals(tt));
            expression = src == null ? null : q(src.name());
        }
        if (expression == null) {
            return target;
        }
        return target.withDefault(null).withIdentity(null).withGenerated(expression);
    }

    static <T> T pick(List<T> items, int pick, Predicate<T> fits) {
        List<T> fitting = items.stream().filter(fits).toList();
        return fitting.isEmpty() ? null : fitting.get(Math.floorMod(pick, fitting.size()));
    }

    /** A column that can be part of a primary key, unique constraint or foreign key. */
    static boolean keyable(Column c) {
        return c.generatedExpression() == null && Types.isBtree(c.type());
    }

    private static List<String> pickColumns(List<Column> columns, List<Integer> picks, Predicate<Column> fits) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (int p : picks) {
            Column c = pick(columns, p, fits);
            if (c != null) {
                chosen.add(c.name());
            }
        }
        return List.copyOf(chosen);
    }

    static Table withNotNull(Table t, List<String> columns) {
        return t.withColumns(t.columns().stream()
                .map(c -> columns.contains(c.name()) ? c.withNullable(false) : c).toList());
    }

    static String checkExpression(List<Column> columns, Blueprint.CheckPlan plan, SchemaModel m) {
        Column c = pick(columns, plan.columnPick(), x -> true);
        String qc = q(c.name());
        DataType t = c.type();
        switch (Math.floorMod(plan.kind(), 5)) {
            case 1:
                if (Types.isNumeric(t)) {
                    return "(" + qc + " >= 0)";
                }
                break;
            case 2:
                if (Types.isTextual(t)) {
                    return "(length(" + qc + ") <= 100)";
                }
                break;
            case 3:
                Column o = pick(columns, plan.otherPick(), x -> true);
                return "((" + qc + " IS NOT NULL) OR (" + q(o.name()) + " IS NULL))";
            case 4:
                if (t instanceof UserDefinedType) {
                    EnumType e = m.enumType(((UserDefinedType) t).name()).orElse(null);
                    if (e != null) {
                        return "(" + qc + " <> " + Identifiers.literal(e.values().get(0)) + ")";
                    }
                }
                if (Types.name(t).equals("boolean")) {
                    return "(" + qc + " IS NOT FALSE)";
                }
                break;
            default:
                break;
        }
        return "(" + qc + " IS NOT NULL)";
    }

    static SchemaModel addForeignKey(SchemaModel m, QualifiedName owner, Blueprint.ForeignKeyPlan plan) {
        Table t = m.table(owner).orElse(null);
        if (t == null || m.tables().isEmpty()) {
            return m;
        }
        Table target = m.tables().get(Math.floorMod(plan.targetPick(), m.tables().size()));
        List<List<String>> keys = new ArrayList<>();
        // PostgreSQL cannot reference a deferrable key
        if (target.primaryKey() != null && !target.primaryKey().deferrable()) {
            keys.add(target.primaryKey().columns());
        }
        target.uniqueConstraints().stream().filter(u -> !u.deferrable()).forEach(u -> keys.add(u.columns()));
        if (keys.isEmpty()) {
            return m;
        }
        // ALTER TABLE ... ADD FOREIGN KEY validates with a query PostgreSQL 17 cannot plan for array columns
        // ("cannot determine element type of anyarray argument"), so array keys are never referenced.
        keys.removeIf(k -> k.stream().anyMatch(c -> target.column(c).orElseThrow().type() instanceof ArrayType));
        if (keys.isEmpty()) {
            return m;
        }
        List<String> referenced = keys.get(Math.floorMod(plan.keyPick(), keys.size()));
        Set<String> taken = takenNames(m);
        String name = Names.unique(plan.name(), taken);
        List<String> sourceColumns = new ArrayList<>();
        List<Column> columns = new ArrayList<>(t.columns());
        Set<String> columnNames = new HashSet<>();
        columns.forEach(c -> columnNames.add(c.name()));
        for (String rc : referenced) {
            DataType type = target.column(rc).orElseThrow().type();
            Column reuse = plan.reuseColumns() ? columns.stream()
                    .filter(c -> keyable(c) && c.type().equals(type) && !sourceColumns.contains(c.name()))
                    .findFirst().orElse(null) : null;
            if (reuse == null) {
                String cn = Names.unique(Names.fit(name, 40) + "_" + rc, columnNames);
                columnNames.add(cn);
                reuse = Column.of(cn, type);
                columns.add(reuse);
            }
            sourceColumns.add(reuse.name());
        }
        ReferentialAction[] actions = ReferentialAction.values();
        ForeignKey fk = new ForeignKey(name, sourceColumns, target.name(), referenced,
                actions[Math.floorMod(plan.onDelete(), actions.length)],
                actions[Math.floorMod(plan.onUpdate(), actions.length)],
                plan.deferrable(), plan.deferrable() && plan.initiallyDeferred());
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
        fks.add(fk);
        return replace(m, t.withColumns(columns).withForeignKeys(fks));
    }

    static SchemaModel replace(SchemaModel m, Table changed) {
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            tables.add(t.name().equals(changed.name()) ? changed : t);
        }
        return m.withTables(tables);
    }
}
