package dev.retort.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.EmbeddedServer;

/**
 * EmbeddedDevServer is the development PostgreSQL a project gets when no URL is given: its cluster lives in
 * {@code .retort/pgdata} under the project root and persists between commands; the server runs only while a
 * command runs. A {@code postmaster.pid} left by a crashed run is cleared before starting: a stale one (process
 * gone) is removed, and a server orphaned by a killed retort process (no retort holds the cluster's lock) is
 * stopped first.
 *
 * <pre>{@code
 * try (EmbeddedDevServer dev = EmbeddedDevServer.start(Path.of(".retort"))) {
 *     DatabaseUrl url = dev.url();   // database "retort_dev"
 * }
 * }</pre>
 */
public final class EmbeddedDevServer implements AutoCloseable {

    /** The development database's name inside the embedded cluster. */
    public static final String DATABASE = "retort_dev";

    private final EmbeddedServer server;

    private EmbeddedDevServer(EmbeddedServer server) {
        this.server = server;
    }

    public static EmbeddedDevServer start(Path directory) {
        return start(directory, Duration.ofSeconds(300), System.err);
    }

    /**
     * Starts the server, waiting up to {@code maxWait} while another retort command uses the same cluster (it
     * holds the cluster's lock file for as long as it runs).
     */
    public static EmbeddedDevServer start(Path directory, Duration maxWait, java.io.PrintStream log) {
        Path data = directory.resolve("pgdata");
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean said = false;
        while (true) {
            try {
                clearStalePid(data);
                EmbeddedDevServer dev = new EmbeddedDevServer(EmbeddedServer.start(data));
                dev.ensureDatabase();
                return dev;
            } catch (RuntimeException e) {
                boolean busy = e instanceof ClusterInUse || String.valueOf(e.getMessage()).contains("lock");
                if (!busy || System.nanoTime() > deadline) {
                    throw new RetortException("could not start the embedded development PostgreSQL in " + data + ": "
                            + e.getMessage() + (busy ? "; another retort command on this project is still running"
                            : ""), e);
                }
                if (!said) {
                    log.println("waiting for another retort command that is using the embedded database in " + data);
                    said = true;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for the embedded database", e);
        }
    }

    /** Another live retort process owns the cluster. */
    static final class ClusterInUse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClusterInUse(String message) {
            super(message);
        }
    }

    /** The development database. */
    public DatabaseUrl url() {
        return server.url(DATABASE);
    }

    /** A database that always exists, for CREATE/DROP DATABASE of scratch databases. */
    public DatabaseUrl maintenanceUrl() {
        return server.url("postgres");
    }

    @Override
    public void close() {
        server.close();
    }

    private void ensureDatabase() {
        try (Connection c = maintenanceUrl().connect()) {
            boolean exists;
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new RetortException("could not create the development database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /** Makes a {@code postmaster.pid} left by a crash harmless; fails when a live retort run owns the cluster. */
    static void clearStalePid(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.contains("postgres")).orElse(true));
        try {
            if (postmaster.isEmpty()) {
                Files.deleteIfExists(pidFile);
                return;
            }
            // zonky holds a file lock on epg-lock while its JVM runs the server: if we can take it, nobody does
            Path lockFile = data.resolve("epg-lock");
            if (!Files.exists(lockFile)) {
                return;
            }
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                 FileLock lock = ch.tryLock()) {
                if (lock == null) {
                    throw new ClusterInUse("another retort command is using the embedded database in " + data);
                }
                postmaster.get().destroy();   // SIGTERM: the orphan shuts down cleanly
                waitForExit(postmaster.get(), Duration.ofSeconds(30));
            } catch (OverlappingFileLockException e) {
                throw new ClusterInUse("the embedded database in " + data + " is already open in this process");
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + pidFile + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void waitForExit(ProcessHandle process, Duration max) {
        try {
            process.onExit().get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
