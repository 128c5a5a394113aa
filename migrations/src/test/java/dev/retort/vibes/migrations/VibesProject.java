package dev.retort.vibes.migrations;

import dev.retort.postgres.TestDatabase;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.cli.RetortCli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * VibesProject is this repository as a Retort project, seen from the migrations module's tests: its project file
 * {@code retort.properties} (found upwards from the module), the migration folder it names (this module's
 * {@code src/main/resources/db/migration}), and ways to run the scripts on a test database: the runner's API and
 * the {@code retort} CLI in-process.
 */
final class VibesProject {

    /** Where this module keeps the scripts; the project file must point here. */
    static final Path MODULE_FOLDER = Path.of("src/main/resources/db/migration").toAbsolutePath().normalize();

    private VibesProject() {
    }

    static Path root() {
        return ProjectConfig.findRoot(Path.of("")).orElseThrow(() -> new IllegalStateException("no "
                + ProjectConfig.FILE_NAME + " in " + Path.of("").toAbsolutePath() + " or above; run from the checkout"));
    }

    /** The project configuration without environment overrides, so a developer's RETORT_* cannot change a test. */
    static ProjectConfig config() {
        return ProjectConfig.load(root(), root(), Map.of(), Map.of(), null);
    }

    /** The one migration folder of the project. */
    static Path folder() {
        List<Path> locations = config().migrationLocations();
        if (locations.size() != 1) {
            throw new IllegalStateException("expected one migration folder in " + config().projectFile() + ", got "
                    + locations);
        }
        return locations.get(0);
    }

    /** The upgrade scripts' file names, oldest first. */
    static List<String> upgradeScripts() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V") && n.endsWith(".sql"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the upgrade script whose description is {@code description} ({@code V<version>__<description>.sql}). */
    static String version(String description) {
        String suffix = "__" + description + ".sql";
        List<String> matching = upgradeScripts().stream().filter(n -> n.endsWith(suffix)).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException("expected one V*" + suffix + " in " + folder() + ", got " + matching);
        }
        String name = matching.get(0);
        return name.substring(1, name.length() - suffix.length());
    }

    /** The head version: the newest upgrade script's. */
    static String headVersion() {
        String newest = upgradeScripts().get(upgradeScripts().size() - 1);
        return newest.substring(1, newest.indexOf("__"));
    }

    /** A runner on {@code db} that prints nothing. */
    static MigrationRunner runner(TestDatabase db) {
        return new MigrationRunner(config(), db.url(), quiet());
    }

    static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    /** Runs {@code retort <args> --url <db>} in-process from the project root, with an empty environment. */
    static CliRun cli(TestDatabase db, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--url", jdbcUrlWithLogin(db))).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = RetortCli.run(all, Map.of(), root(), o, e);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String jdbcUrlWithLogin(TestDatabase db) {
        String url = db.url().jdbcUrl();
        String sep = url.contains("?") ? "&" : "?";
        return url + sep + "user=" + db.url().user() + (db.url().password() == null ? "" : "&password=" + db.url().password());
    }

    /** Tables and indexes in schema {@code public} as pg_catalog counts them, the history table included. */
    static int[] publicTablesAndIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FILTER (WHERE c.relkind IN ('r', 'p')), count(*) FILTER (WHERE c.relkind IN ('i', 'I'))"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'")) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
