package dev.retort.runner.bench;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.SqlScript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CommandBenchmark times whole processes, as users feel them: {@code retort diff} of two databases, {@code retort
 * inspect} of one, and {@code pg_dump --schema-only} of the same one, on synthetic schemas of 22 to 10,000 tables
 * (see {@link BenchmarkSchema}) and on the corpus schemas (pagila, danbooru) with a few edits. For each it prints
 * the median wall time of 5 runs, CPU seconds (user + system) and peak RSS of the median run, and the ratio to
 * pg_dump. It is a documented command, not a test. From the project root:
 *
 * <pre>
 * mvn -o -q -pl migration-runner -am test-compile
 * mvn -o -q -pl migration-runner exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.retort.runner.bench.CommandBenchmark [-Dretort.bench.sizes=22,1000] [-Dretort.bench.runs=5]
 *     [-Dretort.bench.corpus=false] [-Dretort.bench.keep=true] [-Dretort.bench.launcher=/opt/retort/bin/retort]
 * </pre>
 *
 * <p>Retort runs through the checkout's {@code ./retort} launcher (built first if needed), so start-up is counted;
 * each command runs once untimed first (its first run writes the launcher's class-data archive). {@code exec:java}
 * without {@code -am} takes the sibling modules from the local repository: only this driver (creating the schemas)
 * uses them, never the commands timed. To run the driver on this checkout's modules instead (when the local repository's
 * are stale), build its class path from the reactor:
 *
 * <pre>
 * mvn -o -q -pl migration-runner -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp migration-runner/target/test-classes:migration-runner/target/classes:$(cat migration-runner/target/cp.txt) \
 *     -Dretort.bench.sizes=22,200,1000 dev.retort.runner.bench.CommandBenchmark
 * </pre>
 * Processes are measured with GNU time ({@code /usr/bin/time}). pg_dump refuses a server of another major version:
 * point {@code RETORT_TEST_DATABASE_URL} at a server of pg_dump's version (e.g. the machine's PostgreSQL 15) to
 * compare; otherwise the pg_dump column says n/a.
 */
public final class CommandBenchmark {

    private CommandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = projectRoot();
        int runs = Integer.getInteger("retort.bench.runs", 5);
        String sizes = System.getProperty("retort.bench.sizes", "22,200,1000,5000,10000");
        PostgresServer server = TestDatabases.server();
        // -Dretort.bench.launcher=/opt/retort-x/bin/retort times another build (e.g. the one before a change)
        String launcher = System.getProperty("retort.bench.launcher", root.resolve("retort").toString());
        Process warm = new ProcessBuilder(launcher, "--version").inheritIO().start();
        if (warm.waitFor() != 0) {
            throw new IllegalStateException("./retort --version failed: build the launcher first");
        }
        String pgDump = System.getProperty("retort.bench.pgdump", "pg_dump");
        // -Dretort.bench.keep=true leaves the databases (for profiling one command by hand) and reuses kept ones
        boolean keep = Boolean.getBoolean("retort.bench.keep");
        System.out.printf(Locale.ROOT, "server %s; %s; median of %d runs; cpu = user+sys s of that run; rss = peak MB%n",
                version(server.maintenanceUrl()), output(List.of(pgDump, "--version")).trim(), runs);
        System.out.printf(Locale.ROOT, "%-10s %8s | %-22s | %-22s | %-22s | %7s %7s%n", "schema", "tables",
                "retort diff s/cpu/rss", "retort inspect s/cpu/rss", "pg_dump -s s/cpu/rss", "diff/pd", "insp/pd");
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.trim());
            String a = "bench_a_" + n;
            String b = "bench_b_" + n;
            DatabaseUrl urlA;
            DatabaseUrl urlB;
            if (keep && exists(server, a) && exists(server, b)) {
                // kept by an earlier run with -Dretort.bench.keep=true (10,000 tables take many minutes to build)
                urlA = server.maintenanceUrl().withDatabase(a);
                urlB = server.maintenanceUrl().withDatabase(b);
            } else {
                server.dropDatabase(b);
                server.dropDatabase(a);
                urlA = server.createDatabase(a, "template0");
                execute(urlA, BenchmarkSchema.ddl(n));
                urlB = server.createDatabase(b, a);
                execute(urlB, BenchmarkSchema.edits(n));
            }
            report("synthetic", n, measure(root, launcher, pgDump, urlA, urlB, runs));
            if (!keep) {
                server.dropDatabase(b);
                server.dropDatabase(a);
            }
        }
        for (Corpus corpus : Boolean.parseBoolean(System.getProperty("retort.bench.corpus", "true"))
                ? Corpus.values() : new Corpus[0]) {
            Path file = root.resolve("../shared/corpus").resolve(corpus.file).normalize();
            if (!Files.isRegularFile(file)) {
                System.out.println(corpus.name().toLowerCase(Locale.ROOT) + ": " + file + " not found, skipped");
                continue;
            }
            String a = "bench_" + corpus.name().toLowerCase(Locale.ROOT) + "_a";
            String b = "bench_" + corpus.name().toLowerCase(Locale.ROOT) + "_b";
            server.dropDatabase(b);
            server.dropDatabase(a);
            DatabaseUrl urlA = server.createDatabase(a, "template0");
            List<String> statements = new ArrayList<>();
            SqlScript.parse(Files.readString(file, StandardCharsets.UTF_8)).statements().forEach(s -> statements.add(s.sql()));
            execute(urlA, statements);
            DatabaseUrl urlB = server.createDatabase(b, a);
            execute(urlB, corpus.edits);
            report(corpus.name().toLowerCase(Locale.ROOT), tables(urlA), measure(root, launcher, pgDump, urlA, urlB, runs));
            if (!keep) {
                server.dropDatabase(b);
                server.dropDatabase(a);
            }
        }
    }

    /** The corpus schemas and their edits: a column, an index, a type change, a check, a comment, a new table. */
    enum Corpus {
        PAGILA("pagila/pagila-schema-pg13.sql", List.of(
                "ALTER TABLE public.customer ADD COLUMN phone text",
                "CREATE INDEX ix_rental_return_date ON public.rental (return_date) WHERE return_date IS NULL",
                "ALTER TABLE public.staff ALTER COLUMN username TYPE varchar(32)",
                "ALTER TABLE public.language ADD CONSTRAINT ck_language_name CHECK (length(name) > 0)",
                "COMMENT ON TABLE public.store IS 'a shop'",
                "CREATE TABLE public.wishlist (customer_id integer NOT NULL REFERENCES public.customer,"
                        + " film_id integer NOT NULL REFERENCES public.film, PRIMARY KEY (customer_id, film_id))",
                "DROP INDEX public.idx_last_name",
                "ALTER TABLE public.actor ALTER COLUMN first_name DROP NOT NULL",
                "ALTER TABLE public.city ALTER COLUMN city SET DEFAULT 'unknown'",
                "ALTER TABLE public.inventory ADD COLUMN shelf smallint")),
        DANBOORU("danbooru/danbooru-structure.sql", List.of(
                "ALTER TABLE public.users ADD COLUMN phone text",
                "CREATE INDEX ix_posts_rating_score ON public.posts (rating, score) WHERE is_deleted = false",
                "ALTER TABLE public.comments ALTER COLUMN body SET DEFAULT ''",
                "ALTER TABLE public.pools ADD CONSTRAINT ck_pools_name CHECK (length(name) > 0)",
                "COMMENT ON TABLE public.tags IS 'tags'",
                "CREATE TABLE public.bookmarks (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " user_id integer NOT NULL REFERENCES public.users, created_at timestamp NOT NULL DEFAULT now())",
                "DROP INDEX public.index_tags_on_post_count",
                "ALTER TABLE public.artists ALTER COLUMN name TYPE varchar(200)",
                "ALTER TABLE public.notes ADD COLUMN locked boolean NOT NULL DEFAULT false",
                "ALTER TABLE public.wiki_pages ALTER COLUMN title DROP NOT NULL"));

        final String file;
        final List<String> edits;

        Corpus(String file, List<String> edits) {
            this.file = file;
            this.edits = edits;
        }
    }

    record Sample(double wall, double cpu, long rssKb, int exit) {
    }

    record Row(Sample diff, Sample inspect, Sample dump) {
    }

    private static Row measure(Path root, String retort, String pgDump, DatabaseUrl a, DatabaseUrl b, int runs)
            throws Exception {
        Sample diff = median(root, runs, List.of(retort, "diff", "--from", form(a), "--to", form(b)));
        Sample inspect = median(root, runs, List.of(retort, "inspect", "--url", form(a), "--format", "sql"));
        Sample dump = median(root, runs, List.of(pgDump, "--schema-only", "--dbname", form(a)));
        return new Row(diff, inspect, dump);
    }

    private static Sample median(Path root, int runs, List<String> command) throws Exception {
        // one untimed run first: the launcher's first run of a command writes its class-data archive (once per
        // installation), and the server's caches are warm for every tool alike
        timed(root, command);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(timed(root, command));
        }
        samples.sort((x, y) -> Double.compare(x.wall(), y.wall()));
        return samples.get(samples.size() / 2);
    }

    private static Sample timed(Path root, List<String> command) throws Exception {
        Path times = Files.createTempFile("retort-bench", ".time");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.remove("DATABASE_URL");
        int exit = pb.start().waitFor();
        String[] f = Files.readString(times).trim().lines().reduce((x, y) -> y).orElse("0 0 0 0").trim().split("\\s+");
        Files.deleteIfExists(times);
        return new Sample(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                Long.parseLong(f[3]), exit);
    }

    private static void report(String schema, int tables, Row row) {
        boolean dumpOk = row.dump().exit() == 0;
        System.out.printf(Locale.ROOT, "%-10s %8d | %-22s | %-22s | %-22s | %7s %7s%n", schema, tables,
                cell(row.diff()), cell(row.inspect()), dumpOk ? cell(row.dump()) : "n/a (exit " + row.dump().exit() + ")",
                dumpOk ? ratio(row.diff(), row.dump()) : "-", dumpOk ? ratio(row.inspect(), row.dump()) : "-");
    }

    private static String cell(Sample s) {
        String text = String.format(Locale.ROOT, "%.2f/%.2f/%d", s.wall(), s.cpu(), s.rssKb() / 1024);
        return s.exit() == 0 || s.exit() == 1 ? text : text + " exit " + s.exit();
    }

    private static String ratio(Sample s, Sample dump) {
        return String.format(Locale.ROOT, "%.2f", s.wall() / Math.max(dump.wall(), 0.001));
    }

    private static String form(DatabaseUrl url) {
        return "postgresql://" + url.user() + (url.password() == null ? "" : ":" + url.password()) + "@" + url.host()
                + ":" + url.port() + "/" + url.database();
    }

    private static void execute(DatabaseUrl url, List<String> statements) throws SQLException {
        try (Connection c = url.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static boolean exists(PostgresServer server, String database) throws SQLException {
        try (Connection c = server.maintenanceUrl().connect();
             var ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int tables(DatabaseUrl url) throws SQLException {
        try (Connection c = url.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                     + " ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN"
                     + " ('pg_catalog', 'information_schema')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String version(DatabaseUrl url) throws SQLException {
        try (Connection c = url.connect(); Statement s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    private static String output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text;
        } catch (IOException | InterruptedException e) {
            return command.get(0) + " not found";
        }
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("retort")) && Files.isRegularFile(dir.resolve("retort.properties"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the Retort checkout (no ./retort launcher found above "
                + Path.of("").toAbsolutePath() + ")");
    }
}
