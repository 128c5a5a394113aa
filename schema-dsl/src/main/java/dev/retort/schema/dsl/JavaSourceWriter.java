package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JavaSourceWriter turns any {@link SchemaModel} into the Java source of a
 * {@link dev.retort.schema.SchemaDefinition} that declares it with the DSL and rebuilds an equal model: every
 * key, constraint and index is named explicitly, every default, check, predicate and index expression is kept as
 * the SQL text the model holds. It powers {@code retort inspect --format java}.
 *
 * <pre>{@code
 * String source = JavaSourceWriter.write(inspected, "com.example.db", "AppSchema");
 * Files.writeString(Path.of("src/main/java/com/example/db/AppSchema.java"), source);
 * }</pre>
 *
 * <p>Tables are grouped into inner classes and long tables into several methods, so that no method exceeds the
 * JVM's 64 KB code limit and no class its constant pool, whatever the size of the schema.
 */
public final class JavaSourceWriter {

    private static final int TABLES_PER_PART = 150;
    private static final int STATEMENTS_PER_METHOD = 200;
    private static final String INDENT = "    ";

    private final SchemaModel model;
    private final JavaNames names = new JavaNames();
    private final Map<QualifiedName, String> tableHandles = new HashMap<>();
    private final Map<String, String> enumHandles = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private JavaSourceWriter(SchemaModel model) {
        this.model = model;
    }

    /**
     * The source of {@code packageName.className}, a public final class implementing SchemaDefinition.
     *
     * @param packageName the package, or empty for the default package
     */
    public static String write(SchemaModel model, String packageName, String className) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(packageName, "packageName");
        if (!className.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("not a Java class name: \"" + className + "\"");
        }
        return new JavaSourceWriter(model).source(packageName, className);
    }

    private String source(String packageName, String className) {
        for (EnumType type : model.enums()) {
            enumHandles.put(type.name().toString(), names.field(type.name(), "Type"));
        }
        // domains, composite and range types are column types too: handles in the same map, declared with the enums
        for (SchemaObject type : TypeSources.ordered(model.objects())) {
            enumHandles.put(type.id().name().toString(), names.field(type.id().name(), "Type"));
        }
        for (Table table : model.tables()) {
            tableHandles.put(table.name(), names.field(table.name(), ""));
        }
        header(packageName, className);
        List<List<Table>> parts = chunks(model.tables(), TABLES_PER_PART);
        line(1, "@Override");
        line(1, "public SchemaModel schema() {");
        line(2, "s = Schema.builder();");
        line(2, "declareTypes();");
        for (int i = 0; i < parts.size(); i++) {
            line(2, "Part" + i + " part" + i + " = new Part" + i + "();");
            line(2, "part" + i + ".declare();");
        }
        for (int i = 0; i < parts.size(); i++) {
            line(2, "part" + i + ".define();");
        }
        line(2, "declareSequences();");
        if (!model.objects().isEmpty()) {
            line(2, "declareObjects();");
        }
        line(2, "return s.build();");
        line(1, "}");
        declareTypes();
        declareSequences();
        declareObjects();
        for (int i = 0; i < parts.size(); i++) {
            part(i, parts.get(i));
        }
        line(0, "}");
        return out.toString();
    }

    private void header(String packageName, String className) {
        if (!packageName.isEmpty()) {
            line(0, "package " + packageName + ";");
            blank();
        }
        for (String type : List.of("dev.retort.schema.SchemaDefinition", "dev.retort.schema.dsl.CompositeTypeBuilder",
                "dev.retort.schema.dsl.DomainBuilder", "dev.retort.schema.dsl.EnumRef", "dev.retort.schema.dsl.RangeTypeBuilder",
                "dev.retort.schema.dsl.Schema", "dev.retort.schema.dsl.SchemaBuilder", "dev.retort.schema.dsl.TableBuilder",
                "dev.retort.schema.dsl.TableRef", "dev.retort.schema.model.SchemaModel")) {
            line(0, "import " + type + ";");
        }
        blank();
        line(0, "import static dev.retort.schema.dsl.IndexPart.col;");
        line(0, "import static dev.retort.schema.dsl.IndexPart.expr;");
        line(0, "import static dev.retort.schema.dsl.Types.*;");
        line(0, "import static dev.retort.schema.model.ReferentialAction.*;");
        blank();
        line(0, "/**");
        line(0, " * The schema as declared in a database, written by Retort's JavaSourceWriter: every name is explicit and");
        line(0, " * every expression is SQL as PostgreSQL prints it, so building this declaration gives the same model back.");
        line(0, " */");
        line(0, "@SuppressWarnings(\"unused\")");
        line(0, "public final class " + className + " implements SchemaDefinition {");
        blank();
        line(1, "private SchemaBuilder s;");
        for (EnumType type : model.enums()) {
            line(1, "private EnumRef " + enumHandles.get(type.name().toString()) + ";");
        }
        for (SchemaObject type : TypeSources.ordered(model.objects())) {
            line(1, "private " + TypeSources.handleClass(type) + " " + enumHandles.get(type.id().name().toString()) + ";");
        }
        for (Table table : model.tables()) {
            line(1, "private TableRef " + tableHandles.get(table.name()) + ";");
        }
        blank();
    }

    private void declareTypes() {
        blank();
        line(1, "private void declareTypes() {");
        for (String schema : model.schemas()) {
            line(2, "s.inSchema(" + JavaCode.string(schema) + ");");
        }
        for (EnumType type : model.enums()) {
            String values = type.values().isEmpty() ? "" : ", " + JavaCode.strings(type.values());
            String comment = type.comment() == null ? "" : ".comment(" + JavaCode.string(type.comment()) + ")";
            line(2, enumHandles.get(type.name().toString()) + " = " + namespace(type.name()) + "enumType("
                    + JavaCode.string(type.name().name()) + values + ")" + comment + ";");
        }
        for (SchemaObject type : TypeSources.ordered(model.objects())) {
            line(2, TypeSources.statement(type, namespace(type.id().name()), enumHandles.get(type.id().name().toString()),
                    enumHandles) + ";");
        }
        line(1, "}");
    }

    private void declareSequences() {
        blank();
        line(1, "private void declareSequences() {");
        for (Sequence sequence : model.sequences()) {
            StringBuilder statement = new StringBuilder(namespace(sequence.name()) + "sequence("
                    + JavaCode.string(sequence.name().name()) + ")");
            statement.append(".as(").append(JavaCode.type(new dev.retort.schema.model.BuiltinType(sequence.dataType().sql()),
                    Map.of())).append(")");
            statement.append(".startWith(").append(JavaCode.number(sequence.start())).append(")");
            statement.append(".incrementBy(").append(JavaCode.number(sequence.increment())).append(")");
            statement.append(".minValue(").append(JavaCode.number(sequence.minValue())).append(")");
            statement.append(".maxValue(").append(JavaCode.number(sequence.maxValue())).append(")");
            statement.append(".cache(").append(JavaCode.number(sequence.cache())).append(")");
            if (sequence.cycle()) {
                statement.append(".cycle()");
            }
            if (sequence.ownedBy() != null) {
                int dot = sequence.ownedBy().lastIndexOf('.');
                QualifiedName owner = QualifiedName.of(sequence.name().schema(), sequence.ownedBy().substring(0, Math.max(dot, 0)));
                statement.append(".ownedBy(").append(handle(owner)).append(".column(")
                        .append(JavaCode.string(sequence.ownedBy().substring(dot + 1))).append("))");
            }
            if (sequence.comment() != null) {
                statement.append(".comment(").append(JavaCode.string(sequence.comment())).append(")");
            }
            line(2, statement + ";");
        }
        line(1, "}");
    }

    private void declareObjects() {
        if (model.objects().isEmpty()) {
            return;
        }
        blank();
        line(1, "private void declareObjects() {");
        for (SchemaObject object : model.objects()) {
            if (object.id().kind().isUserType()) {
                continue;   // declared with the enums (TypeSources)
            }
            line(2, ObjectSources.statement(object, namespace(object.id().name())) + ";");
        }
        line(1, "}");
    }

    private void part(int number, List<Table> tables) {
        blank();
        line(1, "private final class Part" + number + " {");
        blank();
        line(2, "void declare() {");
        for (Table table : tables) {
            line(3, tableHandles.get(table.name()) + " = " + namespace(table.name()) + "declareTable("
                    + JavaCode.string(table.name().name()) + ");");
        }
        line(2, "}");
        blank();
        line(2, "void define() {");
        for (Table table : tables) {
            line(3, "s.table(" + tableHandles.get(table.name()) + ", this::" + definer(table) + ");");
        }
        line(2, "}");
        for (Table table : tables) {
            table(table);
        }
        line(1, "}");
    }

    private void table(Table table) {
        List<String> statements = tableStatements(table);
        String method = definer(table);
        blank();
        line(2, "private void " + method + "(TableBuilder t) {");
        if (statements.size() <= STATEMENTS_PER_METHOD) {
            statements.forEach(s -> line(3, s));
            line(2, "}");
            return;
        }
        List<List<String>> pieces = chunks(statements, STATEMENTS_PER_METHOD);
        for (int i = 0; i < pieces.size(); i++) {
            line(3, method + "$" + i + "(t);");
        }
        line(2, "}");
        for (int i = 0; i < pieces.size(); i++) {
            blank();
            line(2, "private void " + method + "$" + i + "(TableBuilder t) {");
            pieces.get(i).forEach(s -> line(3, s));
            line(2, "}");
        }
    }

    private List<String> tableStatements(Table table) {
        List<String> statements = new ArrayList<>();
        for (Column column : table.columns()) {
            statements.add(ColumnSources.column(column, enumHandles));
        }
        if (table.primaryKey() != null) {
            statements.add(ConstraintCode.primaryKey(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            statements.add(ConstraintCode.unique(unique));
        }
        for (CheckConstraint check : table.checkConstraints()) {
            statements.add(ConstraintCode.check(check));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            statements.add(ConstraintCode.foreignKey(fk, handle(fk.referencedTable())));
        }
        for (Index index : table.indexes()) {
            statements.add(ColumnSources.index(index));
        }
        if (table.comment() != null) {
            statements.add("t.comment(" + JavaCode.string(table.comment()) + ");");
        }
        if (table.options().unlogged()) {
            statements.add("t.unlogged();");
        }
        for (String parameter : table.options().storageParameters()) {
            int eq = parameter.indexOf('=');
            statements.add("t.with(" + JavaCode.string(parameter.substring(0, eq)) + ", "
                    + JavaCode.string(parameter.substring(eq + 1)) + ");");
        }
        if (table.options().replicaIdentity() != null) {
            String identity = table.options().replicaIdentity();
            statements.add(identity.equals("FULL") ? "t.replicaIdentityFull();" : identity.equals("NOTHING")
                    ? "t.replicaIdentityNothing();"
                    : "t.replicaIdentityUsingIndex(" + JavaCode.string(table.options().replicaIdentityIndex()) + ");");
        }
        hierarchy(table, statements);
        if (table.renamedFrom() != null) {
            statements.add("t.renamedFrom(" + JavaCode.string(table.renamedFrom()) + ");");
        }
        return statements;
    }

    /** PARTITION BY, PARTITION OF and INHERITS as builder calls. */
    private void hierarchy(Table table, List<String> statements) {
        var hierarchy = table.hierarchy();
        if (hierarchy.partitionOf() != null) {
            statements.add("t.partitionOf(" + handle(hierarchy.partitionOf().parent()) + ", "
                    + JavaCode.string(hierarchy.partitionOf().bound()) + ");");
            for (var copy : hierarchy.indexCopies()) {
                // a name of the form PostgreSQL gives is left out: the normalized declaration gets it from the server again
                if (copy.attached() && !copy.namedAsPostgresMakes(table.name().name())) {
                    statements.add("t.attachedIndexName(" + JavaCode.string(copy.parentIndex()) + ", "
                            + JavaCode.string(copy.name()) + ");");
                }
            }
        }
        if (!hierarchy.notNullColumns().isEmpty()) {
            statements.add("t.inheritedNotNull(" + String.join(", ", hierarchy.notNullColumns().stream().map(JavaCode::string).toList())
                    + ");");
        }
        if (hierarchy.partitionBy() != null) {
            String strategy = hierarchy.partitionBy().strategy().name();
            statements.add("t.partitionBy" + strategy.charAt(0) + strategy.substring(1).toLowerCase(java.util.Locale.ROOT) + "("
                    + String.join(", ", hierarchy.partitionBy().keys().stream().map(JavaCode::string).toList()) + ");");
        }
        if (!hierarchy.inherits().isEmpty()) {
            statements.add("t.inherits(" + String.join(", ", hierarchy.inherits().stream().map(this::handle).toList()) + ");");
        }
    }

    /** The handle of a managed table, or an external-table handle for one outside the model. */
    private String handle(QualifiedName table) {
        String field = tableHandles.get(table);
        return field != null ? field
                : "s.externalTable(" + JavaCode.string(table.schema()) + ", " + JavaCode.string(table.name()) + ")";
    }

    private String definer(Table table) {
        String field = tableHandles.get(table.name());
        return "define" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static String namespace(QualifiedName name) {
        return SchemaBuilder.DEFAULT_SCHEMA.equals(name.schema()) ? "s." : "s.inSchema(" + JavaCode.string(name.schema()) + ").";
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }

    private void line(int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }

    private void blank() {
        out.append('\n');
    }
}
