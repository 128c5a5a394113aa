package dev.retort.diff.inspect;

import dev.retort.diff.kind.BuiltInKinds;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgresInspector reads the schemas a user manages from a live PostgreSQL (14 to 18) into a
 * {@link SchemaModel}, and lists every object there that the model does not manage.
 *
 * <p>Reads are set-based: at most a fixed number of catalog queries per database (see {@link #QUERY_COUNT}),
 * whatever the number of tables. They run in one REPEATABLE READ snapshot with {@code search_path} set to
 * {@code pg_catalog} only, so that every expression PostgreSQL prints (defaults, checks, predicates) names
 * user objects schema-qualified and reads the same from any session.
 *
 * <p>Partitioned tables, partitions and inheriting tables are managed (see {@code TableHierarchy}). Views, routines,
 * triggers, domains and the other
 * {@link UnmanagedKind}s stay out of the model and are reported, with their definitions, in
 * {@link Inspection#unmanaged()}; so is a foreign key of a managed table that references one of them. Details of
 * managed objects that the model does not hold (grants, NOT VALID, a column's collation ...) are in
 * {@link Inspection#details()}, and which unmanaged objects depend on managed ones in
 * {@link Inspection#dependents()}. Objects that belong to an extension are skipped (the extension itself is
 * reported).
 *
 * <pre>{@code
 * try (Connection c = DatabaseUrl.parse("postgresql://app@localhost/app").connect()) {
 *     Inspection seen = new PostgresInspector().inspect(c, List.of("public"));
 *     SchemaModel actual = seen.model();
 * }
 * }</pre>
 */
public final class PostgresInspector {

    /**
     * Statements one inspection executes at most, whatever the size of the database: the kinds that the inspected
     * schemas do not hold (see {@link ManagedKind#presence()}) are not read.
     */
    public static final int QUERY_COUNT = 8 + BuiltInKinds.QUERY_COUNT + ManagedKinds.all().size();

    /**
     * The settings an inspection runs with, set for its transaction only. search_path pg_catalog: expressions print
     * schema-qualified. JIT off: compiling costs more than it saves on catalog queries (the index query's estimate
     * crosses jit_above_cost at a few hundred tables and spent 90 ms compiling). No parallel workers: each starts
     * with cold catalog caches, and both sides of a diff already keep the cores busy (10,000 tables: the column
     * query's worker spent as long warming up as it saved). work_mem 64MB: the pg_depend walk's sort of 36,000
     * objects (1,000 tables) spilled to disk at the default 4MB.
     */
    private static final Map<String, String> SETTINGS = settingsMap();

    private static Map<String, String> settingsMap() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("search_path", "pg_catalog");
        settings.put("jit", "off");
        settings.put("max_parallel_workers_per_gather", "0");
        settings.put("work_mem", "64MB");
        return Collections.unmodifiableMap(settings);
    }

    /** Inspects {@code schemas} through a new connection to {@code url}, closed afterwards. */
    public Inspection inspect(DatabaseUrl url, List<String> schemas) {
        try (Connection c = url.connect()) {
            return inspect(c, schemas);
        } catch (SQLException e) {
            throw new InspectionException("cannot connect to " + url.redacted() + " to inspect it: " + e.getMessage(), e);
        }
    }

    /** Inspects schema {@code public}. */
    public Inspection inspect(Connection connection) {
        return inspect(connection, List.of("public"));
    }

    /**
     * Inspects {@code schemas} on an open connection. The connection's autocommit mode and search_path are
     * restored afterwards. Schemas in the list that do not exist are absent from the model's schemas.
     *
     * @throws InspectionException naming the database when a catalog query fails
     */
    public Inspection inspect(Connection connection, List<String> schemas) {
        Objects.requireNonNull(connection, "connection");
        if (schemas == null || schemas.isEmpty()) {
            throw new IllegalArgumentException("name at least one schema to inspect, e.g. List.of(\"public\")");
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            if (autoCommit) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setAutoCommit(false);
            }
            String[] saved = null;
            try {
                saved = settings(connection);
                set(connection, SETTINGS.values().toArray(String[]::new), autoCommit);
                return read(connection, schemas);
            } finally {
                if (autoCommit) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    connection.setTransactionIsolation(isolation);
                } else if (saved != null) {
                    set(connection, saved, false);
                }
            }
        } catch (SQLException e) {
            throw new InspectionException("could not read the catalog of " + database(connection) + " (schemas "
                    + schemas + "): " + e.getMessage(), e);
        }
    }

    private static String[] settings(Connection connection) throws SQLException {
        String sql = SETTINGS.keySet().stream().map(k -> "pg_catalog.current_setting('" + k + "')")
                .collect(Collectors.joining(", ", "SELECT ", ""));
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            String[] values = new String[SETTINGS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getString(i + 1);
            }
            return values;
        }
    }

    /** Sets {@link #SETTINGS}' names to {@code values}, for the transaction only when {@code local}. */
    private static void set(Connection connection, String[] values, boolean local) throws SQLException {
        String sql = SETTINGS.keySet().stream().map(k -> "pg_catalog.set_config('" + k + "', ?, " + local + ")")
                .collect(Collectors.joining(", ", "SELECT ", ""));
        try (var ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.execute();
        }
    }

    private Inspection read(Connection connection, List<String> schemas) throws SQLException {
        int version = Integer.parseInt(single(connection, "SHOW server_version_num"));
        if (version < 140000) {
            throw new InspectionException("PostgreSQL " + version / 10000 + " is not supported; Retort reads"
                    + " PostgreSQL 14 to 18", null);
        }
        Catalog catalog = new Catalog(connection, schemas, version);
        List<String> existing = new ArrayList<>();
        catalog.query("SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY (?) ORDER BY nspname",
                rs -> existing.add(rs.getString(1)));
        List<UnmanagedObject> unmanaged = new ArrayList<>();
        SchemaModel builtIn = BuiltInKinds.read(catalog, existing, new HashSet<>(schemas), unmanaged::add);
        UnmanagedReader.read(catalog, unmanaged::add);
        List<UnmodeledDetail> details = new ArrayList<>();
        DetailReader.read(catalog, details::add);
        List<UnmanagedDependent> dependents = new ArrayList<>();
        List<ManagedKind<?>> present = present(catalog);
        Dependencies dependencies = ObjectDependencyReader.read(catalog, present, dependents::add);
        List<SchemaObject> objects = new ArrayList<>();
        for (ManagedKind<?> kind : present) {
            objects.addAll(kind.read(catalog));
        }
        Set<UnmanagedKind> managedNow = ManagedKinds.takenOver();
        unmanaged.removeIf(u -> managedNow.contains(u.kind()));
        SchemaModel model = builtIn.withObjects(objects)
                .withDependencies(dependencies.with(BuiltInKinds.copyDependencies(builtIn)));
        return new Inspection(model, unmanaged, details, dependents);
    }

    /**
     * The kinds whose objects the inspected schemas may hold, asked in one query of every kind's
     * {@link ManagedKind#presence()} (a kind without one is always present).
     */
    private static List<ManagedKind<?>> present(Catalog catalog) throws SQLException {
        List<ManagedKind<?>> probed = ManagedKinds.all().stream().filter(k -> k.presence() != null).toList();
        Set<ManagedKind<?>> absent = new HashSet<>();
        if (!probed.isEmpty()) {
            String sql = probed.stream().map(ManagedKind::presence).collect(Collectors.joining(", ", "SELECT ", ""));
            catalog.query(sql, rs -> {
                for (int i = 0; i < probed.size(); i++) {
                    if (!rs.getBoolean(i + 1)) {
                        absent.add(probed.get(i));
                    }
                }
            });
        }
        return ManagedKinds.all().stream().filter(k -> !absent.contains(k)).toList();
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String database(Connection connection) {
        try {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return "the database";
        }
    }
}
