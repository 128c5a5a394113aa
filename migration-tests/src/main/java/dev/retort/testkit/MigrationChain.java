package dev.retort.testkit;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.Setting;
import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.model.SchemaModel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * MigrationChain is a set of migration scripts to prove in a test: that every migration round-trips
 * ({@link #roundTrip()}) and that the whole chain builds the declared schema ({@link #checkMigrations}). Each
 * check runs on its own empty scratch database: by default from {@link TestDatabases} (the embedded PostgreSQL,
 * or {@code RETORT_TEST_DATABASE_URL}, or Testcontainers with {@code -Dretort.test.db=testcontainers}); with
 * {@link #onServer(DatabaseUrl)} on a server you name. Immutable: every {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * MigrationChain chain = RetortTestKit.migrations("classpath:db/migration").schemas("public", "billing");
 * chain.roundTrip();
 * chain.checkMigrations(ShopSchema.class);
 * }</pre>
 */
public final class MigrationChain {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final List<String> locations;
    private final List<String> schemas;
    private final String historySchema;
    private final String historyTable;
    private final DatabaseUrl server;

    MigrationChain(List<String> locations, List<String> schemas, String historySchema, String historyTable,
                   DatabaseUrl server) {
        this.locations = List.copyOf(locations);
        this.schemas = List.copyOf(schemas);
        this.historySchema = Objects.requireNonNull(historySchema, "historySchema");
        this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
        this.server = server;
    }

    /** The schemas the migrations manage (default {@code public}). */
    public MigrationChain schemas(String... names) {
        return new MigrationChain(locations, List.of(names), historySchema, historyTable, server);
    }

    /** Where the migration history lives (default {@code public.flyway_schema_history}, Flyway's). */
    public MigrationChain historyTable(String schema, String table) {
        return new MigrationChain(locations, schemas, schema, table, server);
    }

    /**
     * Runs on the server behind {@code url} (any database on it; the user needs CREATEDB): each check creates
     * and drops its own scratch database there.
     */
    public MigrationChain onServer(DatabaseUrl url) {
        return new MigrationChain(locations, schemas, historySchema, historyTable, Objects.requireNonNull(url, "url"));
    }

    /**
     * For each migration: upgrade, downgrade, compare with the schema before; upgrade again, compare with the
     * schema after the first upgrade.
     *
     * @throws AssertionError naming the first migration that does not round-trip and what differs
     */
    public ChainReport roundTrip() {
        return onScratch(url -> new ChainRoundTrip(config(), url).run());
    }

    /** Like {@link #checkMigrations(SchemaModel)} for the schema a {@link SchemaDefinition} class declares. */
    public void checkMigrations(Class<? extends SchemaDefinition> definition) {
        checkMigrations(RetortTestKit.load(definition));
    }

    /**
     * Applies every migration to an empty database and checks that the result is {@code declared} after
     * normalization: what {@code retort check --migrations} does.
     *
     * @throws AssertionError listing the differences and the SQL a new migration would need
     */
    public void checkMigrations(SchemaModel declared) {
        onScratch(url -> {
            ProjectConfig config = config();
            try {
                new MigrationRunner(config, url, new PrintStream(OutputStream.nullOutputStream())).upgrade("head");
            } catch (RetortException e) {
                throw new AssertionError("the migrations do not apply to an empty database: " + e.getMessage(), e);
            }
            SchemaSnapshots snapshots = new SchemaSnapshots(config);
            SchemaModel actual = snapshots.inspect(url, declared);
            SchemaModel wanted = snapshots.normalize(declared, serverForShadow());
            DiffResult d = new DiffEngine().diff(actual, wanted);
            if (!d.isEmpty()) {
                throw new AssertionError("the migration chain differs from the declaration: " + d.changes().size()
                        + " difference(s); write the missing migration (retort revision --autogenerate -m \"...\")"
                        + ChainRoundTrip.describe(d));
            }
            return null;
        });
    }

    private PostgresServer serverForShadow() {
        return server == null ? TestDatabases.server() : PostgresServer.at(server);
    }

    private <T> T onScratch(Function<DatabaseUrl, T> check) {
        if (server == null) {
            try (TestDatabase db = TestDatabases.fresh()) {
                return check.apply(db.url());
            }
        }
        PostgresServer s = PostgresServer.at(server);
        String name = "retort_kit_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        DatabaseUrl url = s.createDatabase(name, "template0");
        try {
            return check.apply(url);
        } finally {
            s.dropDatabase(name);
        }
    }

    private ProjectConfig config() {
        Path root;
        try {
            root = Files.createTempDirectory("retort-testkit-");
            root.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary project folder: " + e.getMessage(), e);
        }
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.MIGRATIONS, MigrationLocations.resolve(locations).stream().map(Path::toString)
                .collect(Collectors.joining(",")));
        flags.put(Setting.SCHEMAS, String.join(",", schemas));
        flags.put(Setting.HISTORY_SCHEMA, historySchema);
        flags.put(Setting.HISTORY_TABLE, historyTable);
        return ProjectConfig.load(root, root, Map.of(), flags, null);
    }
}
