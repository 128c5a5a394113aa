package dev.retort.schema.dsl;

import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.naming.NamingConvention;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * SchemaBuilder collects a schema declaration and builds the validated {@link SchemaModel}. It is itself the
 * namespace {@code public}; {@link #inSchema} declares into others. {@link Schema#define} is the usual way in.
 *
 * <pre>{@code
 * SchemaBuilder s = Schema.builder();
 * TableRef users = s.table("users", t -> t.column("id", uuid()).primaryKey());
 * s.inSchema("audit").table("events", t -> {
 *     t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
 *     t.column("user_id", uuid()).references(users.column("id"));
 * });
 * SchemaModel model = s.build();   // throws SchemaValidationException listing every problem
 * }</pre>
 */
public final class SchemaBuilder implements Namespace {

    /** The schema that unqualified declarations go to. */
    public static final String DEFAULT_SCHEMA = "public";

    private final NamingConvention naming;
    private final Set<String> declaredSchemas = new LinkedHashSet<>();
    private final Map<TableRef, TableBuilder> tables = new LinkedHashMap<>();
    private final Map<TableRef, Boolean> forwardDeclared = new IdentityHashMap<>();
    private final Map<QualifiedName, TableRef> externals = new LinkedHashMap<>();
    private final List<EnumRef> enums = new ArrayList<>();
    private final List<SequenceBuilder> sequences = new ArrayList<>();
    private final List<ObjectDraft> objectDrafts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private List<String> buildProblems;

    SchemaBuilder(NamingConvention naming) {
        this.naming = Objects.requireNonNull(naming, "naming");
    }

    /** The namespace {@code schema}, which the model then manages (even while it holds nothing). */
    public Namespace inSchema(String schema) {
        Objects.requireNonNull(schema, "schema");
        declaredSchemas.add(schema);
        return new NamespaceScope(this, schema);
    }

    /**
     * A handle on a table this schema does not manage (in a schema another tool owns), for foreign keys that
     * point there. Its columns are not checked.
     */
    public TableRef externalTable(String schema, String name) {
        QualifiedName qualified = QualifiedName.of(schema, name);
        return externals.computeIfAbsent(qualified, q -> new TableRef(this, q, true));
    }

    @Override
    public String name() {
        return DEFAULT_SCHEMA;
    }

    @Override
    public TableRef table(String name, Consumer<TableBuilder> body) {
        return tableIn(DEFAULT_SCHEMA, name, body);
    }

    @Override
    public TableRef declareTable(String name) {
        return declareTableIn(DEFAULT_SCHEMA, name);
    }

    @Override
    public TableRef table(TableRef declared, Consumer<TableBuilder> body) {
        Objects.requireNonNull(declared, "declared");
        if (declared.owner() != this || !forwardDeclared.containsKey(declared)) {
            problems.add("table " + Messages.table(declared.name()) + ": table(handle, body) needs a handle from "
                    + "declareTable(...) of this schema (use table(\"" + declared.name().name() + "\", body) instead)");
            return declared;
        }
        if (tables.containsKey(declared)) {
            problems.add("table " + Messages.table(declared.name()) + ": defined twice with the same handle "
                    + "(define each declared table once)");
            return declared;
        }
        define(declared, body);
        return declared;
    }

    /**
     * Adds more to a table already defined, typically the foreign key that closes a cycle once both tables exist:
     * {@code s.extendTable(departments, t -> t.foreignKey("manager_id").references(employees, "id"));}
     */
    public TableRef extendTable(TableRef defined, Consumer<TableBuilder> body) {
        Objects.requireNonNull(defined, "defined");
        TableBuilder table = tables.get(defined);
        if (table == null) {
            problems.add("table " + Messages.table(defined.name()) + ": extendTable needs a table defined earlier in "
                    + "this schema (define it with table(...) first)");
            return defined;
        }
        Objects.requireNonNull(body, "body").accept(table);
        return defined;
    }

    @Override
    public EnumRef enumType(String name, String... values) {
        return enumTypeIn(DEFAULT_SCHEMA, name, values);
    }

    @Override
    public SequenceBuilder sequence(String name) {
        return sequenceIn(DEFAULT_SCHEMA, name);
    }

    @Override
    public void declare(ObjectDraft draft) {
        objectDrafts.add(Objects.requireNonNull(draft, "draft"));
    }

    /**
     * Builds the model: names every unnamed key, constraint and index with the naming convention and
     * validates the whole schema.
     *
     * @throws SchemaValidationException listing every problem found, each with its object and fix
     */
    public SchemaModel build() {
        buildProblems = new ArrayList<>(problems);
        List<Table> modelTables = new ArrayList<>();
        for (TableBuilder table : tables.values()) {
            modelTables.add(table.toModel(naming, buildProblems, this));
        }
        Set<QualifiedName> undefined = new TreeSet<>();
        for (TableRef declared : forwardDeclared.keySet()) {
            if (!tables.containsKey(declared)) {
                undefined.add(declared.name());
                buildProblems.add("table " + Messages.table(declared.name()) + ": declared with declareTable but "
                        + "never defined (define it with table(handle, t -> ...))");
            }
        }
        List<EnumType> modelEnums = enums.stream().map(EnumRef::toModel).toList();
        List<Sequence> modelSequences = new ArrayList<>();
        for (SequenceBuilder sequence : sequences) {
            modelSequences.add(sequence.toModel());
            sequence.typeProblem().ifPresent(buildProblems::add);
            ColumnRef owner = sequence.ownedBy();
            if (owner != null && !owner.table().name().schema().equals(sequence.name().schema())) {
                buildProblems.add("sequence " + Messages.table(sequence.name()) + ": owned by a column of "
                        + Messages.table(owner.table().name()) + " in another schema (PostgreSQL requires the "
                        + "sequence and its owning table in the same schema)");
            }
        }
        List<SchemaObject> modelObjects = objects(buildProblems);
        List<String> schemas = schemasUsed(modelTables, modelEnums, modelSequences);
        modelObjects.stream().map(o -> o.id().name().schema()).filter(n -> !schemas.contains(n)).distinct()
                .forEach(schemas::add);
        SchemaModel model = new SchemaModel(schemas, modelEnums, modelSequences, modelTables, modelObjects,
                Dependencies.none());
        Set<QualifiedName> unchecked = new TreeSet<>(externals.keySet());
        unchecked.addAll(undefined);
        buildProblems.addAll(SchemaValidator.problems(model, unchecked));
        List<String> found = buildProblems;
        buildProblems = null;
        if (!found.isEmpty()) {
            throw new SchemaValidationException(found);
        }
        return model;
    }

    /** The declared objects of the other kinds; an id declared twice is a problem. */
    private List<SchemaObject> objects(List<String> problems) {
        Map<ObjectId, SchemaObject> byId = new LinkedHashMap<>();
        for (ObjectDraft draft : objectDrafts) {
            for (SchemaObject object : draft.toModels(problems)) {
                SchemaObject earlier = byId.putIfAbsent(object.id(), object);
                SchemaObject merged = earlier == null ? null : earlier.mergedWith(object);
                if (merged != null) {
                    byId.put(object.id(), merged);
                } else if (earlier != null) {
                    problems.add(object.id() + ": declared twice (declare each object once)");
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    TableRef tableIn(String schema, String name, Consumer<TableBuilder> body) {
        TableRef ref = new TableRef(this, QualifiedName.of(schema, Objects.requireNonNull(name, "name")), false);
        define(ref, body);
        return ref;
    }

    TableRef declareTableIn(String schema, String name) {
        TableRef ref = new TableRef(this, QualifiedName.of(schema, Objects.requireNonNull(name, "name")), false);
        forwardDeclared.put(ref, Boolean.TRUE);
        return ref;
    }

    EnumRef enumTypeIn(String schema, String name, String... values) {
        EnumRef ref = new EnumRef(this, QualifiedName.of(schema, Objects.requireNonNull(name, "name")), List.of(values));
        enums.add(ref);
        return ref;
    }

    SequenceBuilder sequenceIn(String schema, String name) {
        SequenceBuilder sequence = new SequenceBuilder(QualifiedName.of(schema, Objects.requireNonNull(name, "name")));
        sequences.add(sequence);
        return sequence;
    }

    /** Reports a column type whose parameters are out of range or that names an undeclared enum. */
    void checkType(TableBuilder table, String column, SqlType type) {
        String subject = "table " + Messages.table(table.self().name()) + ": column " + column;
        EnumRef handle = type instanceof EnumRef ? (EnumRef) type : null;
        if (type instanceof TypeSpec) {
            TypeSpec spec = (TypeSpec) type;
            if (spec.problem() != null) {
                buildProblems.add(subject + ": type " + spec.dataType().sql() + ": " + spec.problem());
            }
            handle = spec.enumHandle();
            QualifiedName byName = spec.enumByName();
            if (byName != null && enums.stream().noneMatch(e -> e.name().equals(byName))) {
                buildProblems.add(subject + " uses enum type " + byName + ", which is not declared (declare it with "
                        + "enumType(\"" + byName.name() + "\", ...) in schema " + byName.schema() + ")");
            }
        }
        if (handle != null && (handle.owner() != this || !enums.contains(handle))) {
            buildProblems.add(subject + " uses enum type " + handle.name() + ", which is not declared in this schema "
                    + "(declare it with enumType(\"" + handle.name().name() + "\", ...) in this schema builder)");
        }
    }

    /** Reports a foreign key to a handle of another schema builder. */
    void checkTarget(TableBuilder table, String foreignKey, TableRef target) {
        if (target.owner() != this) {
            buildProblems.add("table " + Messages.table(table.self().name()) + ": foreign key " + foreignKey
                    + " references " + Messages.table(target.name()) + " through a handle of another schema builder "
                    + "(use a handle returned by this schema's table(...) or declareTable(...))");
        }
    }

    private void define(TableRef ref, Consumer<TableBuilder> body) {
        TableBuilder table = new TableBuilder(ref);
        tables.put(ref, table);
        Objects.requireNonNull(body, "body").accept(table);
    }

    private List<String> schemasUsed(List<Table> modelTables, List<EnumType> modelEnums, List<Sequence> modelSequences) {
        Set<String> used = new LinkedHashSet<>(declaredSchemas);
        modelTables.forEach(t -> used.add(t.name().schema()));
        modelEnums.forEach(e -> used.add(e.name().schema()));
        modelSequences.forEach(q -> used.add(q.name().schema()));
        if (used.isEmpty()) {
            used.add(DEFAULT_SCHEMA);
        }
        return new ArrayList<>(used);
    }
}
