package dev.retort.diff.kind;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedObject;
import dev.retort.diff.kind.enumtype.EnumReader;
import dev.retort.diff.kind.sequence.SequenceReader;
import dev.retort.diff.kind.table.ConstraintReader;
import dev.retort.diff.kind.table.IndexReader;
import dev.retort.diff.kind.table.TableDraft;
import dev.retort.diff.kind.table.TableReader;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * BuiltInKinds reads the kinds the model holds in its own lists rather than as {@code SchemaObject}s: tables with
 * their columns, keys, checks, foreign keys, indexes and partitions ({@code kind.table}), enums
 * ({@code kind.enumtype}) and sequences ({@code kind.sequence}). Each package holds its kind's reader, differ and
 * SQL; this class and {@link BuiltInSql} are how the inspector and the renderer reach them, as {@link ManagedKinds}
 * is for the other kinds. It runs {@link #QUERY_COUNT} queries, whatever the number of tables.
 *
 * <pre>{@code
 * SchemaModel tables = BuiltInKinds.read(catalog, List.of("public"), Set.of("public"), unmanaged::add);
 * }</pre>
 */
public final class BuiltInKinds {

    /** Catalog queries {@link #read} runs: tables, columns, constraints, indexes, index copies, enums, sequences. */
    public static final int QUERY_COUNT = 7;

    private BuiltInKinds() {
    }

    /**
     * The dependencies of {@code model}'s tables that the catalog's dependency rows leave out: a partition's own key
     * backed by its copy of a parent's index depends on that index.
     */
    public static List<dev.retort.schema.model.Dependency> copyDependencies(SchemaModel model) {
        return dev.retort.diff.kind.table.TablePairs.copyDependencies(model);
    }

    /**
     * The tables, enums and sequences of {@code schemas} as a model of the {@code existing} schemas (without
     * objects or dependencies); what they hold that the model cannot (e.g. a foreign key to an unmanaged table) goes
     * to {@code unmanaged}.
     */
    public static SchemaModel read(CatalogQuery catalog, List<String> existing, Set<String> schemas,
                                   Consumer<UnmanagedObject> unmanaged) throws SQLException {
        Map<Long, TableDraft> tables = TableReader.read(catalog, unmanaged);
        ConstraintReader.read(catalog, tables, schemas, unmanaged);
        IndexReader.read(catalog, tables);
        List<EnumType> enums = EnumReader.enums(catalog);
        // identity sequences give their options to the columns of the drafts, so tables are built after this
        List<Sequence> sequences = SequenceReader.sequences(catalog, tables, unmanaged);
        List<Table> built = tables.values().stream().map(TableDraft::toTable).toList();
        return new SchemaModel(existing, List.of(), List.of(), List.of()).withEnums(enums).withSequences(sequences)
                .withTables(built);
    }
}
