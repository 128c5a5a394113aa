package dev.retort.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.TestDatabase;
import dev.retort.runner.cli.RetortCli;

/**
 * SampleProject is the scratch Retort project a guide page works in: a temporary folder that the page's file
 * blocks write into, whose Java sources are compiled into {@code target/classes} (as Maven would), and whose
 * commands run the real CLI in-process against a fresh database given as {@code DATABASE_URL}.
 *
 * <pre>{@code
 * try (SampleProject p = SampleProject.empty(db)) {
 *     p.write("retort.properties", "retort.definition=com.example.JournalSchema\n");
 *     Run run = p.retort("current");
 * }
 * }</pre>
 */
final class SampleProject implements AutoCloseable {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

    private final Path root;
    private final TestDatabase db;
    private final Map<String, String> env = new LinkedHashMap<>();
    private String shownUrl;

    private SampleProject(Path root, TestDatabase db) {
        this.root = root;
        this.db = db;
        env.put("DATABASE_URL", postgresqlForm(db.url()));
    }

    /** An empty project folder. */
    static SampleProject empty(TestDatabase db) {
        try {
            return new SampleProject(Files.createTempDirectory("retort-guide"), db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of a sample project of the guide (docs/sample/NAME), compiled, with its migrations folder created
     * (empty folders are not kept in git).
     */
    static SampleProject copyOf(TestDatabase db, Path sample) {
        SampleProject p = empty(db);
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = p.root.resolve(sample.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.compile();
        try {
            Files.createDirectories(p.root.resolve("src/main/resources/db/migration"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    Path root() {
        return root;
    }

    TestDatabase database() {
        return db;
    }

    /** Writes a project file; Java sources under {@code src/main/java} are then compiled into target/classes. */
    void write(String relative, String content) {
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (relative.startsWith("src/main/java/") && relative.endsWith(".java")) {
            compile();
        } else if (relative.startsWith("src/test/java/") && relative.endsWith(".java")) {
            compileTests();
        }
    }

    /** Recompiles every source under src/main/java into a clean target/classes. */
    Path compile() {
        return compile(root.resolve("src/main/java"), root.resolve("target/classes"));
    }

    /** Compiles every source under src/test/java into a clean target/test-classes, against target/classes. */
    Path compileTests() {
        return compile(root.resolve("src/test/java"), root.resolve("target/test-classes"));
    }

    /** The class loader of the project's tests: test classes, classes and resources, as Maven's test class path. */
    ClassLoader testLoader() {
        try {
            URL[] urls = {root.resolve("target/test-classes").toUri().toURL(), root.resolve("target/classes").toUri().toURL(),
                root.resolve("src/main/resources").toUri().toURL()};
            return new URLClassLoader(urls, SampleProject.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path compile(Path sources, Path classes) {
        Map<String, String> units = new LinkedHashMap<>();
        try {
            deleteTree(classes);
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                    units.put(sources.relativize(f).toString(), Files.readString(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JavaSources.compile(units, classes, root.resolve("target/classes"));
    }

    Path resolve(String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new AssertionError(relative + " is outside the sample project");
        }
        return file;
    }

    /** Outputs show the page's database as the URL the guide exported, redacted as Retort redacts it. */
    void showDatabaseAs(String guideUrl) {
        shownUrl = guideUrl;
        env.put("DATABASE_URL", postgresqlForm(db.url()));
    }

    /**
     * Runs SQL on the page's database the way {@code psql -c} does (several statements in one transaction) and
     * returns psql's command tag of the last statement: {@code ALTER TABLE}, {@code UPDATE 3}, ...
     */
    String psql(String sql) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            boolean rows = st.execute(sql);
            int count = rows ? -1 : st.getUpdateCount();
            String[] statements = sql.strip().replaceAll(";\\s*$", "").split(";");
            String last = statements[statements.length - 1].strip().toUpperCase(Locale.ROOT);
            String[] words = last.split("\\s+");
            String verb = words[0];
            if (verb.equals("INSERT")) {
                return "INSERT 0 " + count + "\n";
            }
            if (verb.equals("UPDATE") || verb.equals("DELETE")) {
                return verb + " " + count + "\n";
            }
            if (words.length > 1 && (verb.equals("CREATE") || verb.equals("ALTER") || verb.equals("DROP"))) {
                String object = words[1].equals("UNIQUE") && words.length > 2 ? words[2] : words[1];
                return verb + " " + object + "\n";
            }
            return verb + "\n";
        } catch (SQLException e) {
            throw new AssertionError("psql -c failed: " + e.getMessage(), e);
        }
    }

    /** {@code $NAME} and {@code ${NAME}} in a command word replaced from the project's environment, as a shell does. */
    String expand(String word) {
        Matcher m = VARIABLE.matcher(word);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(name, "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Removes a variable; without DATABASE_URL, commands use the embedded development database in .retort/. */
    void unsetEnv(String name) {
        env.remove(name);
    }

    void setEnv(String name, String value) {
        env.put(name, value);
    }

    /** Runs {@code retort args...} in-process in the project folder; stdout and stderr interleaved as a terminal shows. */
    Run retort(List<String> args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try (PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            code = RetortCli.run(args.toArray(String[]::new), env, root, both, both);
        }
        return new Run(code, normalize(buffer.toString(StandardCharsets.UTF_8)));
    }

    /**
     * The project folder shown as "." and the scratch database as the guide's exported DATABASE_URL (or
     * {@code <database>} before the page exports one): what differs on every machine.
     */
    String normalize(String output) {
        String real = root.toString();
        String text = output.replace(real + "/", "").replace(real, ".");
        DatabaseUrl url = db.url();
        String shown = shownUrl == null ? "<database>" : DatabaseUrl.parse(shownUrl).redacted();
        text = text.replace(url.redacted(), shown);
        text = text.replace(postgresqlForm(url), shownUrl == null ? "<database>" : shownUrl);
        return text;
    }

    @Override
    public void close() {
        try {
            deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database as users write it in DATABASE_URL. */
    static String postgresqlForm(DatabaseUrl url) {
        return "postgresql://" + url.user() + (url.password() == null ? "" : ":" + url.password()) + "@" + url.host()
                + ":" + url.port() + "/" + url.database();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** What one command did: its exit code and everything it printed. */
    record Run(int code, String output) {
    }
}
