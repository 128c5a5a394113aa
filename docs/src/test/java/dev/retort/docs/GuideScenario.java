package dev.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.cli.RetortCli;
import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.SchemaValidationException;
import dev.retort.schema.model.SchemaModel;
import picocli.CommandLine;

/**
 * GuideScenario executes one guide page top to bottom, the way a reader would follow it: file blocks are written
 * into the page's {@link SampleProject}, Java blocks are compiled (and their schemas built), DSL fragments are
 * built and their DDL compared and applied, and console transcripts are run and their output compared.
 *
 * <p>A page works in an empty project unless it names a sample project, {@code <!-- docs-test: project=journal -->}
 * for a copy of docs/sample/journal. Besides {@code retort}, console blocks may use a few commands the harness
 * performs itself: {@code export NAME=value} and {@code unset NAME} (set the environment of later commands; {@code DATABASE_URL} keeps
 * pointing at the page's scratch database, and the URL written in the guide is how that database is shown in
 * outputs), {@code psql -c "<sql>"} (runs SQL on the page's database and prints psql's command tag), {@code cat}
 * and {@code ls}. Commands shown in other blocks (a CI workflow, a deployment script) are not run but parsed: the CLI
 * must accept them.
 */
final class GuideScenario implements AutoCloseable {

    private static final AtomicInteger FRAGMENTS = new AtomicInteger();

    private final GuidePage page;
    private final Path repositoryRoot;
    private final OutputMatcher matcher = new OutputMatcher();
    private final GuideUpdates updates;
    private SampleProject project;
    private TestDatabase database;
    private SchemaModel lastFragment;
    private final Map<CodeBlock, String> fragmentNames = new LinkedHashMap<>();
    private Path fragmentClasses;
    private boolean fragmentsCompileAlone;
    private TestDatabase fragmentDatabase;

    GuideScenario(GuidePage page, Path repositoryRoot) {
        this.page = page;
        this.repositoryRoot = repositoryRoot;
        this.updates = new GuideUpdates(page.file());
    }

    /** The executable steps of the page, in order; each throws AssertionError naming the page line on failure. */
    List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        List<CodeBlock> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            CodeBlock block = blocks.get(i);
            CodeBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (block.attribute("file").isPresent()) {
                steps.add(new Step(block.where() + " writes " + block.attribute("file").get(), () -> writeFile(block), true));
            } else if (block.language().equals("java") && block.has("fragment") && block.has("change")) {
                List<CodeBlock> expected = new ArrayList<>();
                while (i + 1 < blocks.size() && blocks.get(i + 1).language().equals("sql")
                        && (blocks.get(i + 1).has("upgrade") || blocks.get(i + 1).has("downgrade"))) {
                    expected.add(blocks.get(++i));
                }
                fragmentNames.put(block, "Fragment" + FRAGMENTS.incrementAndGet());
                steps.add(new Step(block.where() + " changes the DSL fragment above", () -> change(block, expected), true));
            } else if (block.language().equals("java") && block.has("fragment")) {
                boolean error = block.has("error");
                boolean ddl = next != null && next.language().equals("sql") && next.has("ddl");
                if (error && (next == null || !next.language().equals("text"))) {
                    throw new AssertionError(block.where() + ": a ```java fragment error block is followed by a ```text"
                            + " block holding the expected message");
                }
                CodeBlock expected = error || ddl ? next : null;
                fragmentNames.put(block, "Fragment" + FRAGMENTS.incrementAndGet());
                steps.add(new Step(block.where() + " builds a DSL fragment", () -> fragment(block, error, expected), false));
                if (expected != null) {
                    i++;
                }
            } else if (block.language().equals("java")) {
                steps.add(new Step(block.where() + " compiles", () -> compileUnit(block), false));
            } else if (block.language().equals("console")) {
                for (Transcript.Step step : Transcript.parse(block).steps()) {
                    String where = page.file().getParent().getFileName() + "/" + page.file().getFileName() + ":" + step.line();
                    ConsoleCommand console = new ConsoleCommand(this::project, matcher, updates);
                    steps.add(new Step(where + " $ " + step.commandLine(), () -> console.run(where, step), true));
                }
            } else if (block.language().isEmpty() || block.language().equals("yaml") || block.language().equals("sh")) {
                for (String line : block.text().split("\n")) {
                    String command = line.strip().replaceFirst("^- run:\\s*", "").replaceFirst("\\s+#.*$", "");
                    if (command.startsWith("retort ")) {
                        steps.add(new Step(block.where() + " `" + command + "` is a valid command line",
                                () -> parses(block, command), false));
                    }
                }
            } else if (block.language().equals("sql") && block.has("ddl")) {
                throw new AssertionError(block.where() + ": a ```sql ddl block must follow a ```java fragment block");
            }
        }
        return steps;
    }

    private void writeFile(CodeBlock block) {
        String path = matcher.toActual(block.attribute("file").orElseThrow());
        // versions the guide shows stand for the real ones, in file contents (a parent header) as in names
        project().write(path, matcher.toActual(block.text()));
        if (path.startsWith("src/main/java/") && path.endsWith(".java")) {
            String className = JavaSources.className(path.replaceFirst("^src/main/java/", ""));
            buildIfDefinition(block, JavaSources.loader(project().root().resolve("target/classes")), className);
        } else if (path.startsWith("src/test/java/") && path.endsWith(".java") && block.has("run")) {
            // ```java file=src/test/java/... run: the page's test class is run, as `mvn test` would
            TestRun.run(project().testLoader(), JavaSources.className(path.replaceFirst("^src/test/java/", "")));
        }
    }

    private void compileUnit(CodeBlock block) {
        String file;
        // A block of imports alone (```java imports) shows what the fragments have in scope: it must compile too.
        String source = block.has("imports") ? block.text() + "\nfinal class GuideImports {\n}\n" : block.text();
        try {
            file = JavaSources.fileOf(source);
        } catch (AssertionError e) {
            throw new AssertionError(block.where() + ": " + e.getMessage());
        }
        Path classes = scratch();
        try {
            JavaSources.compile(Map.of(file, source), classes);
        } catch (AssertionError e) {
            throw new AssertionError(block.where() + " " + e.getMessage(), e);
        }
        buildIfDefinition(block, JavaSources.loader(classes), JavaSources.className(file));
    }

    /**
     * The fragment's definition. All fragments of the page are compiled in one compiler run on first use (one
     * javac start instead of one per block); if that run fails, each fragment is compiled alone so that the error
     * is reported at its own block.
     */
    private SchemaDefinition compileFragment(CodeBlock block) {
        if (fragmentClasses == null) {
            fragmentClasses = scratch();
            Map<String, String> sources = new LinkedHashMap<>();
            fragmentNames.forEach((b, name) -> sources.put(Fragment.PACKAGE.replace('.', '/') + "/" + name + ".java",
                    Fragment.wrap(name, b.text())));
            try {
                JavaSources.compile(sources, fragmentClasses);
            } catch (AssertionError e) {
                fragmentsCompileAlone = true;
            }
        }
        String className = fragmentNames.get(block);
        Path classes = fragmentClasses;
        if (fragmentsCompileAlone) {
            classes = scratch();
            try {
                JavaSources.compile(Map.of(Fragment.PACKAGE.replace('.', '/') + "/" + className + ".java",
                        Fragment.wrap(className, block.text())), classes);
            } catch (AssertionError e) {
                throw new AssertionError(block.where() + " (fragment, wrapped in a SchemaDefinition) " + e.getMessage(), e);
            }
        }
        return instantiate(block, JavaSources.loader(classes), Fragment.PACKAGE + "." + className);
    }

    /**
     * A ```java fragment change block: the schema after a change to the previous fragment. Its migration is
     * compared with the ```sql upgrade / downgrade blocks after it, and run: previous schema, upgrade, downgrade.
     */
    private void change(CodeBlock block, List<CodeBlock> expected) {
        if (lastFragment == null) {
            throw new AssertionError(block.where() + ": a ```java fragment change block needs a ```java fragment above it");
        }
        SchemaModel before = lastFragment;
        SchemaModel after = build(block, compileFragment(block));
        DiffResult diff = new DiffEngine().diff(before, after);
        for (CodeBlock sql : expected) {
            compare(sql, sql.has("upgrade") ? diff.upgradeSql() : diff.downgradeSql());
        }
        try {
            inRolledBackTransaction(new DiffEngine().createAll(before).sql(), diff.upgradeSql(), diff.downgradeSql());
        } catch (SQLException e) {
            throw new AssertionError(block.where() + ": PostgreSQL refuses this change's migration: " + e.getMessage()
                    + "\nupgrade:\n" + diff.upgradeSql() + "downgrade:\n" + diff.downgradeSql(), e);
        }
        lastFragment = after;
    }

    private void fragment(CodeBlock block, boolean error, CodeBlock expected) {
        SchemaDefinition definition = compileFragment(block);
        if (error) {
            try {
                definition.schema();
            } catch (SchemaValidationException e) {
                compare(expected, e.getMessage());
                return;
            }
            throw new AssertionError(block.where() + ": the guide says this declaration is refused, but it builds");
        }
        SchemaModel model = build(block, definition);
        lastFragment = model;
        String sql = new DiffEngine().createAll(model).sql();
        if (expected != null) {
            compare(expected, sql);
        }
        applyToFreshDatabase(block, sql);
    }

    /**
     * A command shown outside a transcript (a CI workflow, a deployment script) is not run, but it must be one the
     * CLI accepts: its subcommand and options exist and their values parse.
     */
    static void parses(CodeBlock block, String commandLine) {
        List<String> words = Transcript.words(commandLine);
        try {
            RetortCli.fullCommandLine().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError(block.where() + ": `" + commandLine + "` is not a command the CLI accepts: "
                    + e.getMessage(), e);
        }
    }

    private void compare(CodeBlock expected, String actual) {
        matcher.mismatch(expected.text(), actual).ifPresent(d -> {
            throw new OutputMismatch(expected.where() + ": the real result differs from the guide:\n" + d);
        });
    }

    private void buildIfDefinition(CodeBlock block, ClassLoader loader, String className) {
        Class<?> type;
        try {
            type = loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(block.where() + ": compiled, yet " + className + " is not found", e);
        }
        if (SchemaDefinition.class.isAssignableFrom(type)) {
            build(block, instantiate(block, loader, className));
        }
    }

    private static SchemaDefinition instantiate(CodeBlock block, ClassLoader loader, String className) {
        try {
            return (SchemaDefinition) loader.loadClass(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(block.where() + ": cannot instantiate " + className + ": " + e, e);
        }
    }

    private static SchemaModel build(CodeBlock block, SchemaDefinition definition) {
        try {
            return definition.schema();
        } catch (SchemaValidationException e) {
            throw new AssertionError(block.where() + ": the declared schema does not build:\n" + e.getMessage(), e);
        }
    }

    // The DDL is not only compared with the guide's text but run, so the guide never shows SQL PostgreSQL refuses.
    private void applyToFreshDatabase(CodeBlock block, String sql) {
        try {
            inRolledBackTransaction(sql);
        } catch (SQLException e) {
            throw new AssertionError(block.where() + ": PostgreSQL refuses the DDL of this declaration: " + e.getMessage()
                    + "\n" + sql, e);
        }
    }

    // PostgreSQL's DDL is transactional: one database serves every fragment of the page, each rolled back after.
    private void inRolledBackTransaction(String... scripts) throws SQLException {
        if (fragmentDatabase == null) {
            fragmentDatabase = TestDatabases.fresh();
        }
        try (Connection c = fragmentDatabase.connect()) {
            c.setAutoCommit(false);
            try {
                for (String sql : scripts) {
                    c.createStatement().execute(sql);
                }
            } finally {
                c.rollback();
            }
        }
    }

    private SampleProject project() {
        if (project == null) {
            database = TestDatabases.fresh();
            String kind = page.directive("project").orElse("empty");
            if (kind.equals("empty")) {
                project = SampleProject.empty(database);
            } else {
                Path sample = repositoryRoot.resolve("docs/sample").resolve(kind);
                if (!Files.isDirectory(sample)) {
                    database.close();
                    throw new AssertionError(page.file().getFileName() + ": project=" + kind + " names no sample"
                            + " project (docs/sample/" + kind + ")");
                }
                project = SampleProject.copyOf(database, sample);
            }
        }
        return project;
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("retort-guide-classes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        updates.apply();
        if (project != null) {
            project.close();
        }
        if (database != null) {
            database.close();
        }
        if (fragmentDatabase != null) {
            fragmentDatabase.close();
        }
    }

    /**
     * One executable step: a name for the report and what it does.
     *
     * @param sequential whether it builds on the steps before it (files and commands), so that it is skipped
     *                   after a failure; compiled blocks and fragments stand alone
     */
    record Step(String name, Runnable action, boolean sequential) {
    }
}
