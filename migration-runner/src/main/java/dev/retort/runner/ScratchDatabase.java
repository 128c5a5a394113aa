package dev.retort.runner;

import java.util.concurrent.atomic.AtomicInteger;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;

/**
 * ScratchDatabase is an empty database Retort creates next to the target (same server) to build something it must
 * not build in the target: the whole migration chain for {@code check --migrations}, {@code merge} and
 * {@code roundtrip}. It is dropped when closed.
 *
 * <pre>{@code
 * try (ScratchDatabase scratch = ScratchDatabase.create(db.server())) {
 *     new MigrationRunner(config, scratch.url(), quiet).upgrade("head");
 * }
 * }</pre>
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final PostgresServer server;
    private final String name;
    private final DatabaseUrl url;

    private ScratchDatabase(PostgresServer server, String name, DatabaseUrl url) {
        this.server = server;
        this.name = name;
        this.url = url;
    }

    public static ScratchDatabase create(PostgresServer server) {
        String name = "retort_scratch_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try {
            return new ScratchDatabase(server, name, server.createDatabase(name, "template0"));
        } catch (RuntimeException e) {
            throw new RetortException("cannot create a scratch database: " + e.getMessage(), e);
        }
    }

    public DatabaseUrl url() {
        return url;
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }
}
