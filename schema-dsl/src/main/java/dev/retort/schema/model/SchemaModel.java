package dev.retort.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SchemaModel is a whole managed database schema: the namespaces it manages, its enum types, sequences and
 * tables, and the objects of the other kinds (extensions, views, functions, triggers, policies ..., see
 * {@link SchemaObject}). It is what the DSL builds, what the inspector reads from a live database and what the differ
 * compares.
 *
 * <p>Everything is kept sorted by qualified name, so equal content means equal records. The order of
 * columns inside a table is kept as declared.
 *
 * <pre>{@code
 * SchemaModel model = new SchemaModel(List.of("public"), List.of(), List.of(), List.of(tags));
 * model.table(QualifiedName.of("public", "tags"));   // Optional[Table[...]]
 * }</pre>
 *
 * @param schemas   namespaces this model manages (created and dropped by migrations, except {@code public})
 * @param enums     enum types
 * @param sequences standalone sequences
 * @param tables    tables
 * @param objects   objects of the other kinds, sorted by id
 * @param dependencies which object uses which, as PostgreSQL records them; empty for a model built in memory. They
 *                  follow from the objects, so they take no part in equality: two models with the same objects are
 *                  equal whether or not one was read with its dependencies
 */
public record SchemaModel(List<String> schemas, List<EnumType> enums, List<Sequence> sequences, List<Table> tables,
                          List<SchemaObject> objects, Dependencies dependencies) {

    public SchemaModel {
        schemas = schemas.stream().distinct().sorted().toList();
        enums = sorted(enums, Comparator.comparing(EnumType::name));
        sequences = sorted(sequences, Comparator.comparing(Sequence::name));
        tables = sorted(tables, Comparator.comparing(Table::name));
        objects = sorted(objects, Comparator.comparing(SchemaObject::id));
        dependencies = dependencies == null ? Dependencies.none() : dependencies;
    }

    /** A model without objects of the other kinds. */
    public SchemaModel(List<String> schemas, List<EnumType> enums, List<Sequence> sequences, List<Table> tables,
                       Dependencies dependencies) {
        this(schemas, enums, sequences, tables, List.of(), dependencies);
    }

    /** A model without dependencies or objects of the other kinds. */
    public SchemaModel(List<String> schemas, List<EnumType> enums, List<Sequence> sequences, List<Table> tables) {
        this(schemas, enums, sequences, tables, List.of(), Dependencies.none());
    }

    /** A model that manages {@code public} and holds nothing. */
    public static SchemaModel empty() {
        return new SchemaModel(List.of("public"), List.of(), List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        Objects.requireNonNull(name, "name");
        // a binary search of the tables, which are sorted by name: the differ and planner ask per table, and a
        // scan made a 10,000-table diff quadratic (three quarters of its CPU)
        int low = 0;
        int high = tables.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = tables.get(mid).name().compareTo(name);
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low < tables.size() && tables.get(low).name().equals(name) ? Optional.of(tables.get(low)) : Optional.empty();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The object with identity {@code id}, of any of the other kinds. */
    public Optional<SchemaObject> object(ObjectId id) {
        return objects.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The objects of one kind's record type: {@code model.objects(Extension.class)}. */
    public <T extends SchemaObject> List<T> objects(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public SchemaModel withTables(List<Table> newTables) {
        return new SchemaModel(schemas, enums, sequences, newTables, objects, dependencies);
    }

    public SchemaModel withEnums(List<EnumType> newEnums) {
        return new SchemaModel(schemas, newEnums, sequences, tables, objects, dependencies);
    }

    public SchemaModel withSequences(List<Sequence> newSequences) {
        return new SchemaModel(schemas, enums, newSequences, tables, objects, dependencies);
    }

    public SchemaModel withSchemas(List<String> newSchemas) {
        return new SchemaModel(newSchemas, enums, sequences, tables, objects, dependencies);
    }

    public SchemaModel withObjects(List<? extends SchemaObject> newObjects) {
        return new SchemaModel(schemas, enums, sequences, tables, List.copyOf(newObjects), dependencies);
    }

    public SchemaModel withDependencies(Dependencies newDependencies) {
        return new SchemaModel(schemas, enums, sequences, tables, objects, newDependencies);
    }

    /** Equality of the objects; dependencies follow from them and are left out (see {@link #dependencies()}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaModel other && schemas.equals(other.schemas) && enums.equals(other.enums)
                && sequences.equals(other.sequences) && tables.equals(other.tables) && objects.equals(other.objects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schemas, enums, sequences, tables, objects);
    }

    /** The objects; dependencies are left out, as in {@link #equals(Object)}. */
    @Override
    public String toString() {
        return "SchemaModel[schemas=" + schemas + ", enums=" + enums + ", sequences=" + sequences + ", tables=" + tables
                + (objects.isEmpty() ? "" : ", objects=" + objects) + "]";
    }

    /** Count of indexes PostgreSQL will hold: explicit indexes plus those backing primary keys and uniques. */
    public int physicalIndexCount() {
        return tables.stream()
                .mapToInt(t -> t.indexes().size() + t.uniqueConstraints().size() + (t.primaryKey() == null ? 0 : 1))
                .sum();
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items == null ? List.of() : items.stream().sorted(order).toList();
    }
}
