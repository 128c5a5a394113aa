package dev.retort.diff.normalize;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.change.CreateObject;
import dev.retort.diff.change.CreateSchema;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Extension;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Normalizer canonicalizes a declared model through PostgreSQL itself: it creates the declaration in a scratch
 * database, reads it back with the {@link PostgresInspector}, and drops the scratch database. Whatever spelling
 * the declaration used ({@code int4}, {@code varchar}, {@code IN (...)}, {@code !=}, {@code 'ok'}), the result
 * holds what the server prints, so it compares equal to an inspected database of the same schema.
 *
 * <p>What the catalog cannot hold is carried over from the declaration: the rename hints
 * ({@code renamedFrom}) of tables and columns. Types the declaration uses but does not declare must exist
 * first: an extension whose name is the type's name is created automatically (e.g. {@code citext});
 * anything else (a domain) is given as {@link #withPrelude prelude} SQL, or the error names the type.
 * Normalize on a server of the same major version as the database you compare with: deparsed expressions
 * can differ between versions.
 *
 * <pre>{@code
 * Normalizer normalizer = new Normalizer(TestDatabases.server());
 * SchemaModel canonical = normalizer.normalize(declared);
 * new DiffEngine().diff(inspected, canonical).isEmpty();   // true when the database matches
 * }</pre>
 */
public final class Normalizer {

    private static final int MAX_ROUNDS = 4;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

    private final PostgresServer server;
    private final List<String> prelude;
    private final DiffEngine engine = new DiffEngine();
    private final PostgresInspector inspector = new PostgresInspector();

    /** A normalizer that creates its scratch databases on {@code server} (the user needs CREATEDB). */
    public Normalizer(PostgresServer server) {
        this(server, List.of());
    }

    private Normalizer(PostgresServer server, List<String> prelude) {
        this.server = Objects.requireNonNull(server, "server");
        this.prelude = List.copyOf(prelude);
    }

    /**
     * A normalizer that runs {@code statements} in each scratch database before the declaration, to create
     * unmanaged objects the declaration relies on, e.g. {@code CREATE DOMAIN public.year AS integer}.
     */
    public Normalizer withPrelude(List<String> statements) {
        List<String> all = new ArrayList<>(prelude);
        all.addAll(statements);
        return new Normalizer(server, all);
    }

    /**
     * The declaration as PostgreSQL stores it.
     *
     * @throws NormalizationException naming the object and statement when the declaration does not build
     */
    public SchemaModel normalize(SchemaModel declared) {
        return normalizeInspected(declared).model();
    }

    /**
     * The declaration as PostgreSQL stores it, with what the scratch database holds besides the model (the
     * extensions the declaration needs, prelude objects, details such as the public schema's grants): the
     * declaration side of an honest comparison with a live database.
     */
    public Inspection normalizeInspected(SchemaModel declared) {
        // PostgreSQL's deparsed expressions are not always a fixed point of parse + deparse: a CHECK written as
        // `a IN ('x')` on a varchar prints `(a)::text = ANY ((ARRAY['x'::character varying])::text[])`, which
        // itself prints as `... ARRAY[('x'::character varying)::text]`. A migration carries the printed form, so
        // the database it builds holds the second form. Rebuilding until nothing changes makes the normalized
        // model exactly what applying its own migration produces.
        // One scratch database serves every round: between rounds only the model's own objects are dropped, so
        // that prelude objects stay and no second CREATE DATABASE is paid for.
        String name = "retort_shadow_" + RUN + "_" + COUNTER.incrementAndGet() + "_" + System.nanoTime() % 100_000;
        DatabaseUrl url = server.createDatabase(name, "template0");
        try (Connection c = url.connect()) {
            DeclaredRoles.check(c, declared);
            runPrelude(c);
            SchemaModel current = declared;
            for (int round = 1; ; round++) {
                if (round > 1) {
                    dropModelObjects(c, current);
                }
                Inspection seen = buildAndInspect(c, current);
                SchemaModel next = withHints(seen.model().withSchemas(declared.schemas()), declared);
                if (round > 1 && engine.diff(current, next).isEmpty()) {
                    return seen.withModel(next);
                }
                if (round == MAX_ROUNDS) {
                    throw new NormalizationException("the declaration does not settle: PostgreSQL prints its"
                            + " expressions differently each time they are re-created; differences after "
                            + MAX_ROUNDS + " rounds: " + engine.diff(current, next).changes(), null);
                }
                current = next;
            }
        } catch (SQLException e) {
            throw new NormalizationException("could not use the scratch database " + url.redacted() + ": "
                    + e.getMessage(), e);
        } finally {
            server.dropDatabase(name);
        }
    }

    private Inspection buildAndInspect(Connection c, SchemaModel declared) throws SQLException {
        Set<String> existingSchemas = new LinkedHashSet<>(DeclaredExtensions.create(c, declared));
        existingSchemas.addAll(createMissingTypes(c, declared));
        build(c, engine.createAll(declared), existingSchemas);
        return inspector.inspect(c, schemasOf(declared));
    }

    /**
     * Drops what {@code createAll(model)} created: its schemas other than public, tables, sequences, enums, and the
     * objects of the other kinds (those a CASCADE took already are skipped).
     */
    private static void dropModelObjects(Connection c, SchemaModel model) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String schema : model.schemas()) {
                if (!schema.equals("public")) {
                    s.execute("DROP SCHEMA IF EXISTS " + Identifiers.quote(schema) + " CASCADE");
                }
            }
            for (Table table : model.tables()) {
                s.execute("DROP TABLE IF EXISTS " + Identifiers.quote(table.name()) + " CASCADE");
            }
            for (var sequence : model.sequences()) {
                s.execute("DROP SEQUENCE IF EXISTS " + Identifiers.quote(sequence.name()) + " CASCADE");
            }
            for (var type : model.enums()) {
                s.execute("DROP TYPE IF EXISTS " + Identifiers.quote(type.name()) + " CASCADE");
            }
            List<SchemaObject> objects = new ArrayList<>(model.objects());
            java.util.Collections.reverse(objects);
            // an object another one still uses (a view under a view) fails to drop: go round until none goes
            boolean progress = true;
            while (progress && !objects.isEmpty()) {
                progress = objects.removeIf(object -> dropped(s, object));
            }
        }
    }

    /** True when {@code object} is gone: dropped now, or with its table or schema already. */
    private static boolean dropped(Statement s, SchemaObject object) {
        boolean gone = true;
        for (var statement : ManagedKinds.of(object).drop(object)) {
            try {
                s.execute(statement.sql());
            } catch (SQLException e) {
                // 42704 undefined_object, 42P01 undefined_table: it went with what it belonged to
                gone &= "42704".equals(e.getSQLState()) || "42P01".equals(e.getSQLState());
            }
        }
        return gone;
    }

    private void runPrelude(Connection c) {
        for (String sql : prelude) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new NormalizationException("the normalizer's prelude statement failed: " + e.getMessage()
                        + "\n  statement: " + sql, e);
            }
        }
    }

    // Every schema the model mentions, so that a table in a schema missing from model.schemas() is still seen.
    private static List<String> schemasOf(SchemaModel model) {
        Set<String> schemas = new LinkedHashSet<>(model.schemas());
        schemas.add("public");
        model.tables().forEach(t -> schemas.add(t.name().schema()));
        model.enums().forEach(e -> schemas.add(e.name().schema()));
        model.sequences().forEach(s -> schemas.add(s.name().schema()));
        return List.copyOf(schemas);
    }

    /**
     * Creates, as extensions, the undeclared types that an available extension of the same name provides;
     * returns the schemas that exist after that, so that the plan does not create them twice.
     */
    private static Set<String> createMissingTypes(Connection c, SchemaModel declared) throws SQLException {
        Set<String> schemas = new LinkedHashSet<>(List.of("public"));
        for (Map.Entry<QualifiedName, String> used : ReferencedTypes.undeclared(declared).entrySet()) {
            QualifiedName type = used.getKey();
            if (exists(c, "SELECT pg_catalog.to_regtype(?) IS NOT NULL", Identifiers.quote(type))) {
                continue;
            }
            if (!exists(c, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions WHERE name = ?)",
                    type.name())) {
                throw new NormalizationException("type " + type + " (used by column " + used.getValue() + ") is not"
                        + " managed by Retort and no extension of that name is available; create it before the"
                        + " declaration with Normalizer.withPrelude(List.of(\"CREATE DOMAIN " + Identifiers.quote(type)
                        + " AS ...\")), or declare it as an enum", null);
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(type.schema()));
                s.execute("CREATE EXTENSION IF NOT EXISTS " + Identifiers.quote(type.name()) + " SCHEMA "
                        + Identifiers.quote(type.schema()));
            }
            schemas.add(type.schema());
        }
        return schemas;
    }

    private static boolean exists(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void build(Connection c, MigrationPlan plan, Set<String> existingSchemas) throws SQLException {
        boolean transactional = plan.isTransactional();
        c.setAutoCommit(!transactional);
        try (Statement s = c.createStatement()) {
            // A declaration carries no dependencies, so objects of the other kinds come in the order of their
            // phases: one whose creation fails (a view on a view declared after it) is tried again once the rest
            // is built, until a round builds nothing more; then the first failure is the error.
            List<List<PlannedStatement>> deferred = new ArrayList<>();
            List<PlannedStatement> statements = plan.statements();
            for (int i = 0; i < statements.size(); ) {
                PlannedStatement statement = statements.get(i);
                int end = i + 1;
                while (end < statements.size() && statements.get(end).source().equals(statement.source())) {
                    end++;
                }
                List<PlannedStatement> group = statements.subList(i, end);
                i = end;
                if (statement.source() instanceof CreateSchema create && existingSchemas.contains(create.name())) {
                    continue;
                }
                // created first, by DeclaredExtensions
                if (statement.source() instanceof CreateObject create && create.object() instanceof Extension) {
                    continue;
                }
                if (transactional && statement.source() instanceof CreateObject) {
                    if (attempt(c, s, group) != null) {
                        deferred.add(group);
                    }
                    continue;
                }
                for (PlannedStatement each : group) {
                    execute(s, each);
                }
            }
            retry(c, s, deferred);
        } finally {
            if (transactional) {
                c.commit();
                c.setAutoCommit(true);
            }
        }
    }

    private static void retry(Connection c, Statement s, List<List<PlannedStatement>> deferred) throws SQLException {
        boolean progress = true;
        while (progress && !deferred.isEmpty()) {
            progress = deferred.removeIf(group -> {
                try {
                    return attempt(c, s, group) == null;
                } catch (SQLException e) {
                    throw new NormalizationException("could not use a savepoint in the scratch database: "
                            + e.getMessage(), e);
                }
            });
        }
        for (List<PlannedStatement> group : deferred) {
            for (PlannedStatement each : group) {
                execute(s, each);
            }
        }
    }

    /** Runs {@code group} under a savepoint; the failure, rolled back, or null when it built. */
    private static SQLException attempt(Connection c, Statement s, List<PlannedStatement> group) throws SQLException {
        java.sql.Savepoint savepoint = c.setSavepoint();
        try {
            for (PlannedStatement each : group) {
                s.execute(each.sql());
            }
            c.releaseSavepoint(savepoint);
            return null;
        } catch (SQLException e) {
            c.rollback(savepoint);
            return e;
        }
    }

    private static void execute(Statement s, PlannedStatement statement) {
        try {
            s.execute(statement.sql());
        } catch (SQLException e) {
            throw new NormalizationException("the declaration does not build in PostgreSQL: "
                    + statement.source().describe() + " failed: " + e.getMessage()
                    + "\n  statement: " + statement.sql(), e);
        }
    }

    /** Puts back what only the declaration knows: rename hints of tables and columns, repartitioning and conversion hints. */
    private static SchemaModel withHints(SchemaModel normalized, SchemaModel declared) {
        List<Table> tables = new ArrayList<>();
        for (Table table : normalized.tables()) {
            Optional<Table> source = declared.table(table.name());
            tables.add(source.map(d -> withHints(table, d)).orElse(table));
        }
        List<SchemaObject> objects = new ArrayList<>();
        for (SchemaObject object : normalized.objects()) {
            objects.add(declared.object(object.id()).map(d -> ManagedKinds.of(object).withHints(object, d)).orElse(object));
        }
        return normalized.withTables(tables).withObjects(objects);
    }

    private static Table withHints(Table table, Table declared) {
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            String hint = declared.column(column.name()).map(Column::renamedFrom).orElse(null);
            Column hinted = hint == null ? column : column.withRenamedFrom(hint);
            columns.add(hinted.withConversion(declared.column(column.name()).map(Column::conversion).orElse(null)));
        }
        Table result = table.withColumns(columns).withRepartitioning(declared.repartitioning());
        return declared.renamedFrom() == null ? result : result.withRenamedFrom(declared.renamedFrom());
    }
}
