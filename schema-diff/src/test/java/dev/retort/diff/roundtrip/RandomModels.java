package dev.retort.diff.roundtrip;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * RandomModels makes seeded random models, in the canonical spelling PostgreSQL reads back, and random edits of
 * them that keep the model valid (dropping a column drops what uses it).
 */
final class RandomModels {

    private static final BuiltinType BIGINT = new BuiltinType("bigint");
    private static final List<DataType> TYPES = List.of(new BuiltinType("integer"), BIGINT, new BuiltinType("text"),
            new BuiltinType("character varying(20)"), new BuiltinType("numeric(10,2)"), new BuiltinType("boolean"),
            new BuiltinType("timestamp with time zone"));
    private static final QualifiedName ENUM = QualifiedName.of("public", "state");

    private final Random random;
    private int counter;

    RandomModels(long seed) {
        this.random = new Random(seed);
    }

    SchemaModel model() {
        List<Table> tables = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            tables.add(table("t" + i));
        }
        SchemaModel model = new SchemaModel(List.of("public"), List.of(new EnumType(ENUM, List.of("a", "b", "c"), null)),
                List.of(), tables);
        return withForeignKeys(model);
    }

    /** One to four random edits. */
    SchemaModel edit(SchemaModel model) {
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            model = editOnce(model);
        }
        return model;
    }

    private SchemaModel editOnce(SchemaModel model) {
        int what = random.nextInt(10);
        if (what == 0) {
            List<Table> tables = new ArrayList<>(model.tables());
            tables.add(table("n" + (counter++)));
            return withForeignKeys(model.withTables(tables));
        }
        if (what == 1 && model.tables().size() > 1) {
            Table gone = model.tables().get(random.nextInt(model.tables().size()));
            List<Table> tables = new ArrayList<>();
            for (Table t : model.tables()) {
                if (!t.equals(gone)) {
                    tables.add(t.withForeignKeys(t.foreignKeys().stream().filter(fk -> !fk.referencedTable().equals(gone.name())).toList()));
                }
            }
            return model.withTables(tables);
        }
        if (what == 2) {
            EnumType e = model.enums().get(0);
            List<String> values = new ArrayList<>(e.values());
            if (random.nextBoolean()) {
                values.add(random.nextInt(values.size() + 1), "v" + (counter++));
            } else if (values.size() > 1) {
                // removing a label rows may hold; the tables are empty, and no default names it
                values.remove(values.size() - 1);
                if (!values.contains("a")) {
                    values.add(0, "a");
                }
            }
            return model.withEnums(List.of(new EnumType(e.name(), values, random.nextBoolean() ? null : "states")));
        }
        List<Table> tables = new ArrayList<>(model.tables());
        int index = random.nextInt(tables.size());
        tables.set(index, editTable(tables.get(index)));
        return model.withTables(tables);
    }

    private Table editTable(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        int what = random.nextInt(9);
        if (what == 0) {
            columns.add(column("c" + (counter++)));
            return t.withColumns(columns);
        }
        List<Column> editable = columns.stream().filter(c -> !c.name().equals("id") && !c.name().startsWith("ref_")).toList();
        if (editable.isEmpty()) {
            return t.withComment(random.nextBoolean() ? null : "edited 'table'");
        }
        Column c = editable.get(random.nextInt(editable.size()));
        int at = columns.indexOf(c);
        switch (what) {
            case 1 -> {
                columns.remove(at);
                return dropUses(t.withColumns(columns), c.name());
            }
            case 2 -> columns.set(at, c.withNullable(!c.nullable()));
            case 3 -> columns.set(at, c.withDefault(c.defaultExpression() == null ? defaultFor(c.type()) : null));
            case 4 -> columns.set(at, c.withComment(c.comment() == null ? "it's " + c.name() : null));
            case 5 -> {
                DataType type = retype(c.type());
                Column retyped = c.withType(type).withDefault(c.defaultExpression() == null ? null : defaultFor(type));
                columns.set(at, retyped);
                return dropChecks(t.withColumns(columns), c.name(), type);
            }
            case 6 -> {
                List<Index> indexes = new ArrayList<>(t.indexes());
                indexes.add(new Index("ix_" + t.name().name() + "_" + (counter++), random.nextBoolean(), "btree",
                        List.of(random.nextBoolean() ? IndexElement.column(c.name()) : IndexElement.column(c.name()).desc()),
                        List.of(), random.nextBoolean() ? null : c.name() + " IS NOT NULL", false));
                return t.withIndexes(indexes);
            }
            case 7 -> {
                List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
                if (!uniques.isEmpty() && random.nextBoolean()) {
                    uniques.remove(0);
                } else {
                    uniques.add(new UniqueConstraint("uq_" + t.name().name() + "_" + (counter++), List.of(c.name()), random.nextBoolean()));
                }
                return t.withUniqueConstraints(uniques);
            }
            default -> {
                List<Index> indexes = new ArrayList<>(t.indexes());
                if (!indexes.isEmpty()) {
                    indexes.remove(random.nextInt(indexes.size()));
                }
                return t.withIndexes(indexes);
            }
        }
        return t.withColumns(columns);
    }

    private Table table(String name) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", BIGINT).withNullable(false));
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            columns.add(column("c" + (counter++)));
        }
        Table t = Table.named(QualifiedName.of("public", name)).withColumns(columns)
                .withPrimaryKey(new PrimaryKey("pk_" + name, List.of("id")))
                .withComment(random.nextBoolean() ? null : "table " + name);
        Column first = columns.get(1);
        if (isInteger(first.type())) {
            t = t.withCheckConstraints(List.of(new CheckConstraint("ck_" + name + "_" + first.name(), "(" + first.name() + " >= 0)")));
        }
        return t;
    }

    private Column column(String name) {
        boolean useEnum = random.nextInt(6) == 0;
        DataType type = useEnum ? new UserDefinedType(ENUM) : TYPES.get(random.nextInt(TYPES.size()));
        Column c = Column.of(name, type).withNullable(random.nextBoolean());
        if (random.nextInt(3) == 0) {
            c = c.withDefault(defaultFor(type));
        }
        return c;
    }

    /** Each table references the previous one (and the first may reference the last: a cycle). */
    private SchemaModel withForeignKeys(SchemaModel model) {
        List<Table> tables = new ArrayList<>(model.tables());
        for (int i = 1; i < tables.size(); i++) {
            Table t = tables.get(i);
            Table target = tables.get(i - 1);
            String column = "ref_" + target.name().name();
            if (t.column(column).isPresent()) {
                continue;
            }
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(Column.of(column, BIGINT));
            List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
            ReferentialAction action = ReferentialAction.values()[random.nextInt(3)];
            fks.add(new ForeignKey("fk_" + t.name().name() + "_" + target.name().name(), List.of(column), target.name(),
                    List.of("id"), action, ReferentialAction.NO_ACTION, random.nextBoolean(), false));
            tables.set(i, t.withColumns(columns).withForeignKeys(fks));
        }
        return model.withTables(tables);
    }

    private DataType retype(DataType type) {
        String name = type.sql();
        return switch (name) {
            case "integer" -> BIGINT;
            case "bigint" -> new BuiltinType("numeric(20,0)");
            case "text" -> new BuiltinType("character varying(20)");
            case "character varying(20)" -> new BuiltinType("text");
            case "numeric(10,2)" -> new BuiltinType("numeric(12,3)");
            case "boolean" -> new BuiltinType("text");
            default -> type instanceof UserDefinedType ? new BuiltinType("text") : new BuiltinType("text");
        };
    }

    /** Defaults as pg_get_expr prints them. */
    private static String defaultFor(DataType type) {
        return switch (type.sql()) {
            case "integer", "bigint" -> "7";
            case "numeric(20,0)", "numeric(10,2)", "numeric(12,3)" -> "1.5";
            case "text" -> "'it''s'::text";
            case "character varying(20)" -> "'x'::character varying";
            case "boolean" -> "true";
            case "timestamp with time zone" -> "now()";
            default -> "'a'::public.state";
        };
    }

    private static boolean isInteger(DataType type) {
        return type.sql().equals("integer") || type.sql().equals("bigint");
    }

    private static Table dropUses(Table t, String column) {
        return t.withIndexes(t.indexes().stream().filter(i -> i.elements().stream().noneMatch(e -> column.equals(e.column()))).toList())
                .withUniqueConstraints(t.uniqueConstraints().stream().filter(u -> !u.columns().contains(column)).toList())
                .withCheckConstraints(t.checkConstraints().stream().filter(c -> !c.expression().contains(column + " ")).toList());
    }

    /** A retyped column keeps its check only while it stays an integer type. */
    private static Table dropChecks(Table t, String column, DataType type) {
        return isInteger(type) ? t : t.withCheckConstraints(
                t.checkConstraints().stream().filter(c -> !c.expression().contains("(" + column + " ")).toList());
    }
}
