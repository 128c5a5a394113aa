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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * PostgresInspector reads the schemas a user manages from a live PostgreSQL (14 to 18) into a
 * {@link SchemaModel}, and lists every object there that the model does not manage.
 *
 * <p>Reads are set-based: a fixed number of catalog queries per database (see {@link #QUERY_COUNT}),
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

    /** Statements one inspection executes, whatever the size of the database. */
    public static final int QUERY_COUNT = 7 + BuiltInKinds.QUERY_COUNT + ManagedKinds.all().size();

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
                saved = pair(connection, "SELECT pg_catalog.current_setting('search_path'), pg_catalog.current_setting('jit')");
                // JIT compiling costs more than it saves on catalog queries: the index query's estimate (one row per
                // generate_series value) crosses jit_above_cost at a few hundred tables and spent 90 ms compiling
                single(connection, "SELECT pg_catalog.set_config('search_path', 'pg_catalog', " + autoCommit + "),"
                        + " pg_catalog.set_config('jit', 'off', " + autoCommit + ")");
                return read(connection, schemas);
            } finally {
                if (autoCommit) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    connection.setTransactionIsolation(isolation);
                } else if (saved != null) {
                    try (var ps = connection.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false),"
                            + " pg_catalog.set_config('jit', ?, false)")) {
                        ps.setString(1, saved[0]);
                        ps.setString(2, saved[1]);
                        ps.execute();
                    }
                }
            }
        } catch (SQLException e) {
            throw new InspectionException("could not read the catalog of " + database(connection) + " (schemas "
                    + schemas + "): " + e.getMessage(), e);
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
        Dependencies dependencies = ObjectDependencyReader.read(catalog, dependents::add);
        List<SchemaObject> objects = new ArrayList<>();
        for (ManagedKind<?> kind : ManagedKinds.all()) {
            objects.addAll(kind.read(catalog));
        }
        Set<UnmanagedKind> managedNow = ManagedKinds.takenOver();
        unmanaged.removeIf(u -> managedNow.contains(u.kind()));
        SchemaModel model = builtIn.withObjects(objects).withDependencies(dependencies);
        return new Inspection(model, unmanaged, details, dependents);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String[] pair(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
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
