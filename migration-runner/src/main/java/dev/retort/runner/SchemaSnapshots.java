package dev.retort.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;

/**
 * SchemaSnapshots reads the two sides every comparison needs: a live database (without the migration history
 * table, which is Retort's bookkeeping, not the user's schema) and the declaration canonicalized through a
 * scratch database on a server. Both come as {@link Inspection}s, so that what Retort does not manage is compared
 * too.
 *
 * <pre>{@code
 * SchemaSnapshots snapshots = new SchemaSnapshots(config);
 * Inspection live = snapshots.inspection(url, declared);
 * Inspection wanted = snapshots.normalization(declared, server);
 * }</pre>
 */
public final class SchemaSnapshots {

    private final ProjectConfig config;
    private final HistoryTable history;

    public SchemaSnapshots(ProjectConfig config) {
        this.config = config;
        this.history = new HistoryTable(config.get(Setting.HISTORY_SCHEMA), config.get(Setting.HISTORY_TABLE));
    }

    /** The managed schemas of a live database; {@code declared} (may be null) adds the schemas it uses. */
    public Inspection inspection(DatabaseUrl url, SchemaModel declared) {
        return inspectionOf(url, schemas(declared));
    }

    /** The given schemas of a live database. */
    public Inspection inspectionOf(DatabaseUrl url, Collection<String> schemas) {
        try {
            return withoutHistory(new PostgresInspector().inspect(url, List.copyOf(schemas)));
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RetortException("cannot inspect " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    private Inspection withoutHistory(Inspection seen) {
        QualifiedName historyName = QualifiedName.of(history.schema(), history.table());
        SchemaModel model = seen.model();
        model = model.withTables(model.tables().stream().filter(t -> !t.name().equals(historyName)).toList());
        String prefix = history.table() + ".";
        return new Inspection(model, seen.unmanaged(), seen.details().stream()
                .filter(d -> !d.object().schema().equals(history.schema())
                        || !(d.object().name().equals(history.table()) || d.object().name().startsWith(prefix)))
                .toList(), seen.dependents());
    }

    /**
     * Two live databases, read at once on a connection each: over {@code schemas}, or when that is null over every
     * user schema of either (so that a whole new schema is a difference too). Returns {@code [from, to]}.
     */
    public List<Inspection> inspectionsOf(DatabaseUrl from, DatabaseUrl to, Collection<String> schemas) {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "retort-inspect");
            t.setDaemon(true);
            return t;
        });
        List<Connection> connections = new ArrayList<>();
        try {
            List<Connection> opened = both(pool, () -> connect(from), () -> connect(to));
            connections.addAll(opened);
            Set<String> all;
            if (schemas != null) {
                all = new TreeSet<>(schemas);
            } else {
                all = new TreeSet<>();
                both(pool, () -> userSchemas(opened.get(0), from), () -> userSchemas(opened.get(1), to))
                        .forEach(all::addAll);
            }
            return both(pool, () -> inspectionOf(opened.get(0), from, all), () -> inspectionOf(opened.get(1), to, all));
        } finally {
            pool.shutdownNow();
            for (Connection c : connections) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // the inspection is read; a failing close changes nothing
                }
            }
        }
    }

    /** Runs {@code a} on the pool and {@code b} on this thread; the first failure (a's first) is thrown. */
    private static <T> List<T> both(ExecutorService pool, Callable<T> a, Callable<T> b) {
        Future<T> first = pool.submit(a);
        T second;
        try {
            second = b.call();
        } catch (RuntimeException e) {
            first.cancel(true);
            throw e;
        } catch (Exception e) {
            first.cancel(true);
            throw new IllegalStateException(e);
        }
        try {
            return List.of(first.get(), second);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while inspecting", e);
        }
    }

    private static Connection connect(DatabaseUrl url) {
        try {
            return url.connect();
        } catch (SQLException e) {
            throw new RetortException("cannot connect to " + url.redacted() + " to inspect it: " + e.getMessage(), e);
        }
    }

    private Inspection inspectionOf(Connection connection, DatabaseUrl url, Collection<String> schemas) {
        try {
            return withoutHistory(new PostgresInspector().inspect(connection, List.copyOf(schemas)));
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RetortException("cannot inspect " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    public SchemaModel inspect(DatabaseUrl url, SchemaModel declared) {
        return inspection(url, declared).model();
    }

    /** The declaration as PostgreSQL stores it, built in a scratch database on {@code server}. */
    public SchemaModel normalize(SchemaModel declared, PostgresServer server) {
        return normalization(declared, server).model();
    }

    /**
     * The declaration as PostgreSQL stores it, with what its scratch database holds besides the model (the
     * extensions it needs, the public schema's grants), to compare with a live database honestly.
     */
    public Inspection normalization(SchemaModel declared, PostgresServer server) {
        try {
            return new Normalizer(server).normalizeInspected(declared);
        } catch (RuntimeException e) {
            throw new RetortException("cannot normalize the declaration: " + e.getMessage(), e);
        }
    }

    /** Every schema of a live database except PostgreSQL's own ({@code pg_*}, {@code information_schema}). */
    public static Set<String> userSchemas(DatabaseUrl url) {
        try (Connection c = url.connect()) {
            return userSchemas(c, url);
        } catch (SQLException e) {
            throw new RetortException("cannot list the schemas of " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> userSchemas(Connection c, DatabaseUrl url) {
        Set<String> schemas = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_'"
                     + " AND nspname <> 'information_schema'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new RetortException("cannot list the schemas of " + url.redacted() + ": " + e.getMessage(), e);
        }
        return schemas;
    }

    List<String> schemas(SchemaModel declared) {
        Set<String> all = new LinkedHashSet<>(config.schemas());
        if (declared != null) {
            all.addAll(declared.schemas());
            declared.tables().forEach(t -> all.add(t.name().schema()));
            declared.enums().forEach(e -> all.add(e.name().schema()));
        }
        return List.copyOf(all);
    }
}
