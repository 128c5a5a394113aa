package dev.retort.diff.bench;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * InspectBenchmark times inspect and diff against {@code pg_dump --schema-only} on schemas of 22, 1,000 and
 * 5,000 tables (each with 5 secondary indexes, 2 foreign keys and 1 check), and prints peak heap use.
 * It is a documented command, not a test. Run from the project root:
 *
 * <pre>
 * MAVEN_OPTS=-Xmx512m mvn -o -q -pl schema-diff test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.retort.diff.bench.InspectBenchmark
 * </pre>
 *
 * <p>(Drop {@code -o} the first time if exec-maven-plugin is not in the local repository yet.) It uses the
 * embedded PostgreSQL, or the server of {@code RETORT_TEST_DATABASE_URL}. Sizes can be chosen with
 * {@code -Dretort.bench.sizes=22,1000}. {@code pg_dump} is taken from the PATH; when its major version differs
 * from the server's (pg_dump 15 against the embedded 17), pg_dump refuses and the table says so: to compare,
 * point {@code RETORT_TEST_DATABASE_URL} at a server of pg_dump's version. exec:java runs inside Maven's JVM,
 * so the heap limit is MAVEN_OPTS' -Xmx and the peak figure includes Maven's own (small) share.
 */
public final class InspectBenchmark {

    private static final int INDEXES_PER_TABLE = 5;

    private InspectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String sizes = System.getProperty("retort.bench.sizes", "22,1000,5000");
        PostgresServer server = TestDatabases.server();
        System.out.printf(Locale.ROOT, "max heap %d MB, server %s, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                serverVersion(server.maintenanceUrl()), pgDumpVersion());
        System.out.println("inspect = first inspection (cold), inspect2 = second; diff = diff + plan + render of"
                + " upgrade and downgrade against a declaration with 1 table in 10 changed (diff2 = again, warm JIT)");
        System.out.printf(Locale.ROOT, "%7s %8s %8s %12s %12s %9s %9s %12s %s%n", "tables", "indexes", "build s",
                "inspect ms", "inspect2 ms", "diff ms", "diff2 ms", "peak heap MB", "pg_dump --schema-only");
        for (String size : sizes.split(",")) {
            run(server, Integer.parseInt(size.trim()));
        }
    }

    private static void run(PostgresServer server, int tables) throws Exception {
        String name = "retort_bench_" + tables;
        server.dropDatabase(name);
        DatabaseUrl url = server.createDatabase(name, "template0");
        try (Connection c = url.connect()) {
            long buildStart = System.nanoTime();
            build(c, tables);
            double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            System.gc();
            resetPeaks();
            PostgresInspector inspector = new PostgresInspector();
            long t0 = System.nanoTime();
            SchemaModel inspected = inspector.inspect(c).model();
            long t1 = System.nanoTime();
            inspector.inspect(c);
            long t2 = System.nanoTime();
            SchemaModel declared = edited(inspected);
            long t3 = System.nanoTime();
            diff(inspected, declared);
            long t4 = System.nanoTime();
            diff(inspected, declared);
            long t5 = System.nanoTime();
            long peak = peakHeapBytes();
            if (inspected.tables().size() != tables) {
                throw new IllegalStateException("inspected " + inspected.tables().size() + " tables, built " + tables);
            }
            System.out.printf(Locale.ROOT, "%7d %8d %8.1f %12.0f %12.0f %9.0f %9.0f %12d %s%n", tables,
                    inspected.physicalIndexCount(), buildSeconds, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t4 - t3) / 1e6,
                    (t5 - t4) / 1e6, peak >> 20, pgDump(url));
        } finally {
            server.dropDatabase(name);
        }
    }

    private static void diff(SchemaModel from, SchemaModel to) {
        DiffResult result = new DiffEngine().diff(from, to);
        if (result.upgradeSql().isEmpty() || result.downgradeSql().isEmpty()) {
            throw new IllegalStateException("the benchmark's declaration should differ from the database");
        }
    }

    /** Table i has a primary key, 2 foreign keys to earlier tables, 1 check and 5 secondary indexes. */
    private static void build(Connection c, int tables) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < tables; i++) {
                String t = "t" + i;
                s.addBatch("CREATE TABLE " + t + " (id bigint PRIMARY KEY, a_id bigint REFERENCES t" + Math.max(0, i - 1)
                        + " (id), b_id bigint REFERENCES t" + Math.max(0, i - 2) + " (id), name text NOT NULL,"
                        + " email varchar(255), status text DEFAULT 'new', created timestamptz DEFAULT now(),"
                        + " score numeric(10,2), CONSTRAINT ck_" + t + "_status CHECK (status IN ('new', 'done', 'gone')))");
                s.addBatch("CREATE INDEX ix_" + t + "_a ON " + t + " (a_id)");
                s.addBatch("CREATE INDEX ix_" + t + "_b ON " + t + " (b_id)");
                s.addBatch("CREATE INDEX ix_" + t + "_name ON " + t + " (lower(name))");
                s.addBatch("CREATE INDEX ix_" + t + "_live ON " + t + " (created DESC) WHERE status <> 'gone'");
                s.addBatch("CREATE UNIQUE INDEX ux_" + t + "_email ON " + t + " (email) INCLUDE (name)");
                if (i % 200 == 199) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** A declaration that differs in one table of ten: an added column. */
    private static SchemaModel edited(SchemaModel model) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < model.tables().size(); i++) {
            Table t = model.tables().get(i);
            if (i % 10 == 0) {
                List<Column> columns = new ArrayList<>(t.columns());
                columns.add(Column.of("note", new BuiltinType("text")));
                t = t.withColumns(columns);
            }
            tables.add(t);
        }
        return model.withTables(tables);
    }

    private static String pgDump(DatabaseUrl url) {
        List<String> command = List.of("pg_dump", "--schema-only", "--no-owner", "-h", url.host(), "-p",
                Integer.toString(url.port()), "-U", url.user() == null ? "postgres" : url.user(), "-f", "/dev/null",
                url.database());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (url.password() != null) {
            pb.environment().put("PGPASSWORD", url.password());
        }
        try {
            long start = System.nanoTime();
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroy();
                return "timed out";
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (p.exitValue() != 0) {
                return "refused: " + output.lines().findFirst().orElse("exit " + p.exitValue());
            }
            return ms + " ms";
        } catch (IOException e) {
            return "not on PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String pgDumpVersion() {
        try {
            Process p = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return v;
        } catch (IOException e) {
            return "pg_dump not on PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "pg_dump: interrupted";
        }
    }

    private static String serverVersion(DatabaseUrl url) throws SQLException {
        try (Connection c = url.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    // The sum of per-pool peaks over-estimates a little (pools peak at different moments): a safe upper bound.
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
