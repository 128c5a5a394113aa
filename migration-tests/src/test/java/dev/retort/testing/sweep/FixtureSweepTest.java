package dev.retort.testing.sweep;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.SqlScript;
import dev.retort.runner.cli.RetortCli;
import dev.retort.testing.props.ObjectFingerprint;
import dev.retort.testkit.CatalogFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * FixtureSweepTest runs old/new schema pairs from outside the repository (such as public fixtures of other schema
 * tools) through Retort's command line, the way a user meets it: {@code retort diff --from A --to B} of two live
 * databases, its upgrade script applied with {@code psql}, {@code diff} again (it must be empty, and the independent
 * catalog fingerprints must agree), then the derived downgrade applied and compared with a copy of the old side.
 * A table both sides have must keep its identity (no drop and re-create). Each case gets a {@link SweepOutcome};
 * the bugs fail the case, refusals and unmanaged differences pass (Retort named what it will not do), and a report
 * with every plan is written. It runs only when given a directory or file of {@code .cases}:
 *
 * <pre>
 * mvn -o -q -pl migration-tests -am test -Dtest=FixtureSweepTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dretort.sweep.dir=/work/fixtures/pgsd [-Dretort.sweep.only=name-substring] [-Dretort.sweep.out=target/sweep]
 * </pre>
 *
 * <p>It uses the embedded PostgreSQL, or the server of {@code RETORT_TEST_DATABASE_URL}; {@code psql} must be on the
 * PATH. The fixture files stay outside the repository: what a sweep finds becomes an acceptance case of our own.
 */
@EnabledIfSystemProperty(named = "retort.sweep.dir", matches = ".+")
class FixtureSweepTest {

    private static final Path OUT = Path.of(System.getProperty("retort.sweep.out", "target/sweep"));
    private static final String ONLY = System.getProperty("retort.sweep.only", "");
    private static final String PREFIX = System.getProperty("retort.sweep.prefix", "sweep");
    private static final Map<String, SweepOutcome> OUTCOMES = new TreeMap<>();
    private static final Map<String, String> FIRST_LINES = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        Path dir = Path.of(System.getProperty("retort.sweep.dir"));
        List<Path> files;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".cases")).sorted().toList();
            }
        } else {
            files = List.of(dir);
        }
        List<FixtureCase> cases = new ArrayList<>();
        for (Path f : files) {
            cases.addAll(FixtureCase.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        Files.createDirectories(OUT);
        return cases.stream().filter(c -> ONLY.isEmpty() || c.toString().contains(ONLY))
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    Sweep sweep = new Sweep(c);
                    SweepOutcome outcome = sweep.run();
                    synchronized (OUTCOMES) {
                        OUTCOMES.put(c.toString(), outcome);
                        FIRST_LINES.put(c.toString(), sweep.firstLine());
                    }
                    Path report = OUT.resolve(c.slug() + ".txt");
                    Files.createDirectories(report.getParent());
                    Files.writeString(report, outcome + "\n" + sweep.report(), StandardCharsets.UTF_8);
                    assertFalse(outcome.isBug(), () -> outcome + " (" + report + "): " + sweep.firstLine());
                }));
    }

    @AfterAll
    static void summary() throws IOException {
        Map<SweepOutcome, Integer> counts = new EnumMap<>(SweepOutcome.class);
        StringBuilder lines = new StringBuilder();
        OUTCOMES.forEach((name, outcome) -> {
            counts.merge(outcome, 1, Integer::sum);
            lines.append(outcome).append('\t').append(name).append('\t').append(FIRST_LINES.get(name)).append('\n');
        });
        StringBuilder head = new StringBuilder("sweep of " + OUTCOMES.size() + " cases:");
        counts.forEach((o, n) -> head.append(' ').append(o).append('=').append(n));
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("summary.txt"), head + "\n" + lines, StandardCharsets.UTF_8);
        System.out.println(head);
    }

    /** One case: three databases (old, new, and a copy of old to compare the downgrade with). */
    private static final class Sweep {
        private final FixtureCase fixture;
        private final StringBuilder report = new StringBuilder();
        private String firstLine = "";

        Sweep(FixtureCase fixture) {
            this.fixture = fixture;
        }

        String report() {
            return report.toString();
        }

        String firstLine() {
            return firstLine;
        }

        SweepOutcome run() throws Exception {
            PostgresServer server = TestDatabases.server();
            String base = PREFIX + "_" + Integer.toHexString(fixture.toString().hashCode()).replace('-', 'm');
            String[] names = {base + "_a", base + "_b", base + "_o"};
            for (String n : names) {
                server.dropDatabase(n);
            }
            DatabaseUrl a = server.createDatabase(names[0], "template0");
            DatabaseUrl b = server.createDatabase(names[1], "template0");
            DatabaseUrl o = server.createDatabase(names[2], "template0");
            try {
                return sweep(a, b, o);
            } finally {
                if (!Boolean.getBoolean("retort.sweep.keep")) {
                    for (String n : names) {
                        server.dropDatabase(n);
                    }
                }
            }
        }

        private SweepOutcome sweep(DatabaseUrl a, DatabaseUrl b, DatabaseUrl o) throws Exception {
            try {
                if (majorVersion(a) < fixture.minimumMajor()) {
                    return note(SweepOutcome.SETUP_FAILED, "needs PostgreSQL " + fixture.minimumMajor());
                }
                createRoles(a, fixture.roles());
                execute(a, fixture.oldDdl());
                execute(o, fixture.oldDdl());
                execute(b, fixture.newDdl());
            } catch (SQLException e) {
                return note(SweepOutcome.SETUP_FAILED, "the fixture's DDL fails: " + e.getMessage());
            }
            Cli first = cli("diff", "--from", url(a), "--to", url(b), "--exit-code");
            report.append("--- diff --exit-code: ").append(first).append('\n');
            switch (first.code) {
                case 0 -> {
                    String difference = fingerprintDifference(a, b);
                    return difference.isEmpty() ? note(SweepOutcome.EQUAL, "")
                            : note(SweepOutcome.WRONG_EQUAL, "retort says equal; the catalogs differ:\n" + difference);
                }
                case 3 -> {
                    return note(SweepOutcome.UNMANAGED, first.err);
                }
                case 1 -> {
                    // planned below
                }
                default -> {
                    return note(first.err.contains("--debug for the stack trace") ? SweepOutcome.CRASHED
                            : SweepOutcome.REFUSED, first.err);
                }
            }
            if (fixture.expectsEmpty()) {
                return note(SweepOutcome.SPURIOUS_CHANGES, first.out);
            }
            String up = cli("diff", "--from", url(a), "--to", url(b)).out;
            String down = cli("diff", "--from", url(a), "--to", url(b), "--down").out;
            report.append("--- upgrade\n").append(up).append("\n--- downgrade\n").append(down).append('\n');
            Map<String, Long> tablesBefore = tableOids(a);
            String failed = psql(a, up);
            if (failed != null) {
                return note(SweepOutcome.UPGRADE_FAILED, failed);
            }
            Map<String, Long> tablesTarget = tableOids(b);
            Map<String, Long> tablesAfter = tableOids(a);
            for (Map.Entry<String, Long> t : tablesBefore.entrySet()) {
                Long now = tablesAfter.get(t.getKey());
                if (tablesTarget.containsKey(t.getKey()) && now != null && !now.equals(t.getValue())) {
                    return note(SweepOutcome.RECREATED_TABLE, "table " + t.getKey() + " was dropped and created again");
                }
            }
            Cli converged = cli("diff", "--from", url(a), "--to", url(b), "--exit-code");
            String difference = fingerprintDifference(a, b);
            if (converged.code != 0 || !difference.isEmpty()) {
                return note(SweepOutcome.NOT_CONVERGED, "after the upgrade: " + converged + "\n" + difference);
            }
            failed = psql(a, down);
            if (failed != null) {
                return note(SweepOutcome.DOWNGRADE_FAILED, failed);
            }
            Cli restored = cli("diff", "--from", url(a), "--to", url(o), "--exit-code");
            difference = fingerprintDifference(a, o);
            if (restored.code != 0 || !difference.isEmpty()) {
                return note(SweepOutcome.NOT_RESTORED, "after the downgrade: " + restored + "\n" + difference);
            }
            return note(SweepOutcome.ROUND_TRIP, "");
        }

        private SweepOutcome note(SweepOutcome outcome, String detail) {
            report.append("=== ").append(outcome).append('\n').append(detail).append('\n');
            firstLine = detail.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            return outcome;
        }
    }

    private record Cli(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + (err.isBlank() ? "" : "\n" + err.strip()) + (code == 1 ? "" : "\n" + out.strip());
        }
    }

    private static Cli cli(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path dir = Files.createTempDirectory("retort-sweep");
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = RetortCli.run(args, Map.of(), dir, o, e);
        }
        Files.delete(dir);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String url(DatabaseUrl u) {
        String login = u.user() == null ? "" : enc(u.user()) + (u.password() == null ? "" : ":" + enc(u.password())) + "@";
        return "postgresql://" + login + u.host() + ":" + u.port() + "/" + enc(u.database());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Runs a script with psql as a user would; null when it succeeds, else what psql printed. */
    private static String psql(DatabaseUrl u, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("retort-sweep", ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", u.host(),
                "-p", String.valueOf(u.port()), "-U", u.user(), "-d", u.database(), "-f", file.toString());
        pb.redirectErrorStream(true);
        if (u.password() != null) {
            pb.environment().put("PGPASSWORD", u.password());
        }
        pb.environment().put("PGOPTIONS", "-c statement_timeout=120000 -c lock_timeout=20000");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        Files.delete(file);
        if (!done) {
            p.destroyForcibly();
            return "psql did not finish in 5 minutes";
        }
        return p.exitValue() == 0 ? null : "psql exit " + p.exitValue() + ":\n" + output;
    }

    private static int majorVersion(DatabaseUrl u) throws SQLException {
        try (Connection c = u.connect()) {
            return c.getMetaData().getDatabaseMajorVersion();
        }
    }

    private static void createRoles(DatabaseUrl u, List<String> roles) throws SQLException {
        try (Connection c = u.connect(); Statement s = c.createStatement()) {
            for (String role : roles) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role.replace("'", "''") + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                s.execute("CREATE ROLE \"" + role.replace("\"", "\"\"") + "\"");
            }
        }
    }

    private static void execute(DatabaseUrl u, String ddl) throws SQLException {
        if (ddl.isBlank()) {
            return;
        }
        try (Connection c = u.connect(); Statement s = c.createStatement()) {
            for (SqlScript.Statement st : SqlScript.parse(ddl).statements()) {
                try {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    // roles are cluster-wide: the old side's CREATE ROLE made the new side's
                    if (!"42710".equals(e.getSQLState()) || !st.sql().strip().toUpperCase(java.util.Locale.ROOT).startsWith("CREATE ROLE")) {
                        throw new SQLException("statement " + st.number() + " (" + st.brief() + "): " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    private static Map<String, Long> tableOids(DatabaseUrl u) throws SQLException {
        Map<String, Long> oids = new TreeMap<>();
        try (Connection c = u.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.oid::bigint"
                     + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                     + " AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'")) {
            while (rs.next()) {
                oids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return oids;
    }

    /** What the independent fingerprints of two databases differ in, over every user schema of either. */
    private static String fingerprintDifference(DatabaseUrl x, DatabaseUrl y) throws SQLException {
        try (Connection cx = x.connect(); Connection cy = y.connect()) {
            TreeSet<String> schemas = new TreeSet<>(userSchemas(cx));
            schemas.addAll(userSchemas(cy));
            List<String> all = List.copyOf(schemas);
            String tables = CatalogFingerprint.of(cx, all).differenceFrom(CatalogFingerprint.of(cy, all));
            String objects = ObjectFingerprint.of(cx, all).differenceFrom(ObjectFingerprint.of(cy, all));
            return (tables + (tables.isEmpty() || objects.isEmpty() ? "" : "\n") + objects).strip();
        }
    }

    private static List<String> userSchemas(Connection c) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace"
                + " WHERE nspname !~ '^pg_' AND nspname <> 'information_schema'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }
}
