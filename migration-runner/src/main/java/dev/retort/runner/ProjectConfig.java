package dev.retort.runner;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * ProjectConfig is a Retort project's settings, resolved in this order: command-line flag, environment variable
 * ({@code RETORT_*}), the project file {@code retort.properties}, default. The project root is
 * {@code --project-dir} (or {@code RETORT_PROJECT_DIR}), else the nearest folder upwards from the working
 * directory holding {@code retort.properties}, else the working directory.
 *
 * <p>The database is {@code --url}, else {@code DATABASE_URL}, else the embedded development PostgreSQL kept in
 * {@code .retort/} under the root.
 *
 * <pre>{@code
 * ProjectConfig config = ProjectConfig.load(Path.of("."), null, System.getenv(), Map.of());
 * config.migrationLocations();   // [/home/me/app/migrations/src/main/resources/db/migration]
 * }</pre>
 *
 * @param root        project root
 * @param projectFile the {@code retort.properties} read, or null when there is none
 * @param values      every setting, resolved
 * @param databaseUrl the database URL given by flag or {@code DATABASE_URL}, or null for the embedded database
 */
public record ProjectConfig(Path root, Path projectFile, Map<Setting, String> values, String databaseUrl) {

    /** The key that selected a naming convention before the convention moved into the declaration. */
    static final String REMOVED_NAMING = "retort.naming";

    /** Name of the project file. */
    public static final String FILE_NAME = "retort.properties";

    public ProjectConfig {
        values = Map.copyOf(values);
    }

    /**
     * Resolves the configuration.
     *
     * @param workingDir where the command runs
     * @param projectDir {@code --project-dir}, or null
     * @param env        the environment (injectable for tests)
     * @param flags      settings given on the command line; {@code url} for {@code --url}
     */
    public static ProjectConfig load(Path workingDir, Path projectDir, Map<String, String> env, Map<Setting, String> flags,
                                     String urlFlag) {
        Path root = projectDir != null ? projectDir
                : env.get("RETORT_PROJECT_DIR") != null ? Path.of(env.get("RETORT_PROJECT_DIR"))
                : findRoot(workingDir).orElse(workingDir);
        root = workingDir.resolve(root).toAbsolutePath().normalize();
        Path file = root.resolve(FILE_NAME);
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        } else {
            file = null;
        }
        for (String key : props.stringPropertyNames()) {
            if (key.equals(REMOVED_NAMING)) {
                throw new RetortException(file + ": " + REMOVED_NAMING + " is no longer read: the naming convention is"
                        + " part of the declaration (pass a NamingConvention to the schema builder), so the DSL, the"
                        + " tests and every command name objects alike. Remove the line");
            }
            if (Arrays.stream(Setting.values()).noneMatch(s -> s.key().equals(key))) {
                throw new RetortException(file + ": unknown key " + key + "; known keys: "
                        + String.join(", ", Arrays.stream(Setting.values()).map(Setting::key).toList()));
            }
        }
        if (env.containsKey("RETORT_NAMING")) {
            throw new RetortException("environment variable RETORT_NAMING is no longer read: the naming convention is"
                    + " part of the declaration (pass a NamingConvention to the schema builder); unset it");
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            String v = flags.get(s);
            String from = "--" + s.key().substring("retort.".length());
            if (v == null) {
                v = env.get(s.env());
                from = "environment variable " + s.env();
            }
            if (v == null) {
                v = props.getProperty(s.key());
                from = file + "";
            }
            if (v == null) {
                v = s.defaultValue();
                from = "default";
            }
            if (v != null) {
                String value = v.trim();
                String source = from;
                SettingValues.problem(s, value).ifPresent(problem -> {
                    throw new RetortException(s.key() + " (from " + source + "): " + problem);
                });
                values.put(s, value);
            }
        }
        String url = urlFlag != null ? urlFlag : env.get("DATABASE_URL");
        return new ProjectConfig(root, file, values, url == null || url.isBlank() ? null : url.trim());
    }

    /** The nearest folder from {@code start} upwards that holds {@code retort.properties}. */
    public static Optional<Path> findRoot(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(FILE_NAME))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public String get(Setting setting) {
        return values.get(setting);
    }

    /** An interval setting's value (validated when read). */
    public Interval interval(Setting setting) {
        return SettingValues.interval(setting, values.get(setting)).orElseThrow(
                () -> new IllegalArgumentException(setting + " is not an interval setting"));
    }

    /** A count setting's value (validated when read), e.g. {@code retort.lock-retries}. */
    public int count(Setting setting) {
        return SettingValues.count(values.get(setting)).orElseThrow(
                () -> new IllegalArgumentException(setting + " is not a count setting"));
    }

    /** The definition class name, or a message saying where to set it. */
    public String definitionClass() {
        String d = values.get(Setting.DEFINITION);
        if (d == null || d.isBlank()) {
            throw new RetortException("no schema definition class configured; set " + Setting.DEFINITION.key()
                    + " in " + root.resolve(FILE_NAME) + ", or pass --definition / " + Setting.DEFINITION.env());
        }
        return d;
    }

    public List<Path> migrationLocations() {
        return list(Setting.MIGRATIONS).stream().map(root::resolve).map(Path::normalize).toList();
    }

    /** Where {@code revision} writes new scripts: the first location. */
    public Path primaryLocation() {
        return migrationLocations().get(0);
    }

    public List<Path> classpath() {
        return list(Setting.CLASSPATH).stream().map(root::resolve).map(Path::normalize).toList();
    }

    public List<String> schemas() {
        return list(Setting.SCHEMAS);
    }

    public Path embeddedDirectory() {
        return root.resolve(values.get(Setting.EMBEDDED_DIR)).normalize();
    }

    public boolean usesEmbeddedDatabase() {
        return databaseUrl == null;
    }

    /** Whether the project opted in to the embedded database ({@code retort.database=embedded} or {@code --embedded}). */
    public boolean embeddedRequested() {
        String mode = values.get(Setting.DATABASE);
        if (mode == null || mode.isEmpty()) {
            return false;
        }
        if (!mode.equals("embedded")) {
            throw new RetortException(Setting.DATABASE.key() + "=" + mode + " is not understood: the only value is"
                    + " embedded (leave it out to require --url or DATABASE_URL)");
        }
        return true;
    }

    private List<String> list(Setting s) {
        String v = values.getOrDefault(s, "");
        return Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
